import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Command } from 'commander';
import { port } from '../arguments.js';
import { startWebHost, type WebHost } from '../../host/server.js';
import { AppError } from '../../../shared/errors.js';
import { createContext, type GlobalOptions } from '../context.js';
import { createOutput } from '../output.js';
import { appRoot } from '../paths.js';

export const RENDERER_DIR = join(appRoot(), 'dist', 'renderer');

/** Opens a URL in the system's browser; failing to is not an error (the URL is printed). */
export function openInBrowser(url: string): void {
  const command = process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'cmd' : 'xdg-open';
  const args = process.platform === 'win32' ? ['/c', 'start', '', url] : [url];
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', () => undefined);
    child.unref();
  } catch {
    // No browser launcher on this machine: the printed URL is enough.
  }
}

/** Runs the web host until the process is told to stop. */
export async function serve(globals: GlobalOptions, opts: { port?: number; open: boolean }): Promise<WebHost> {
  // The page shows a change as queued after 2 s rather than wait on a slow service.
  const ctx = createContext(globals, 'web', true, 2_000);
  await ctx.unlock();
  const core = await ctx.core();
  const host = await startWebHost({ core, rendererDir: process.env.WORKTRAY_RENDERER_DIR ?? RENDERER_DIR, port: opts.port });
  const stop = async (): Promise<void> => {
    await host.close();
    await ctx.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
  return host;
}

/** The Electron binary, when the `electron` package could download it. */
export function electronBinary(): string | null {
  try {
    const path: unknown = createRequire(import.meta.url)('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

export function registerHosts(program: Command, globals: () => GlobalOptions, setExit: (code: number) => void): void {
  program
    .command('quick-add')
    .description("open the running app's quick-add window (bind this to a key where the global shortcut can't register)")
    .action(() => {
      const out = createOutput(globals().json === true);
      const binary = electronBinary();
      if (!binary) {
        setExit(
          out.failure(
            new AppError(
              'unsupported',
              'The desktop app is not installed here; in the web host, quick-add is the "+ Quick add" button',
            ),
          ),
        );
        return;
      }
      // The single-instance lock hands --quick-add to the running app, which shows its window; a new one starts otherwise.
      const dataDir = globals().dataDir;
      const child = spawn(binary, [appRoot(), '--quick-add', ...(dataDir ? ['--data-dir', dataDir] : [])], {
        stdio: 'ignore',
        detached: true,
      });
      child.unref();
      out.result({ opened: true }, () => 'quick-add opened');
    });

  program
    .command('serve')
    .option('--port <n>', 'port on 127.0.0.1 (default: a free one)', port)
    .option('--no-open', 'do not open a browser')
    .description('run the web host on 127.0.0.1; prints its URL with the per-launch token')
    .action(async (opts: { port?: number; open: boolean }) => {
      const out = createOutput(globals().json === true);
      try {
        const host = await serve(globals(), opts);
        out.result({ url: host.url, port: host.port }, () => `Worktray is at ${host.url}`);
        if (opts.open) openInBrowser(host.url);
      } catch (error) {
        setExit(out.failure(error));
        process.exit(1);
      }
    });
}
