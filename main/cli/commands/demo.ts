import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { AppError } from '../../../shared/errors.js';
import { errorSentence } from '../../../shared/messages/errorSentence.js';
import { port } from '../arguments.js';
import { PROVIDER_IDS } from '../../../shared/model.js';
import { createContext, type GlobalOptions } from '../context.js';
import { createOutput } from '../output.js';
import { openInBrowser, serve } from './hosts.js';

interface SimulatorsModule {
  startSimulators: () => Promise<DemoSimulators>;
}

/*
 * The simulators are development tooling and never part of the CLI bundle: from the sources they
 * are imported as they are; from the bundle, from dist/dev where `npm run build:cli` put them.
 */
async function loadSimulators(): Promise<SimulatorsModule> {
  const fromSources = import.meta.url.endsWith('.ts');
  const file = fileURLToPath(
    new URL(fromSources ? '../../../tests/simulators/all.ts' : '../dev/simulators.mjs', import.meta.url),
  );
  if (!existsSync(file)) {
    throw new AppError(
      'unsupported',
      'The demo needs the service simulators, which come only with a source checkout of Worktray (run `npm run build:cli` there).',
    );
  }
  return (await import(pathToFileURL(file).href)) as SimulatorsModule;
}

interface DemoSimulators {
  accounts: Record<string, Parameters<ReturnType<typeof createContext>['call']>[1]>;
  close(): Promise<void>;
}

/**
 * `worktray demo`: the four simulators with sample data, accounts set up
 * against them in a fresh temporary data folder, and the app opened on it.
 * The simulators are dev tooling, so they are loaded only here.
 */
export function registerDemo(program: Command, globals: () => GlobalOptions, setExit: (code: number) => void): void {
  program
    .command('demo')
    .option('--port <n>', 'web host port', port)
    .option('--no-open', 'do not open a browser')
    .description('start the four simulators with sample data and open the app on them (temporary data folder)')
    .action(async (opts: { port?: number; open: boolean }) => {
      const out = createOutput(globals().json === true);
      const dataDir = globals().dataDir ?? mkdtempSync(join(tmpdir(), 'worktray-demo-'));
      process.env.WORKTRAY_PASSPHRASE ??= randomBytes(12).toString('base64url');
      try {
        const sims = await (await loadSimulators()).startSimulators();
        const setup = createContext({ dataDir });
        for (const provider of PROVIDER_IDS) await setup.call('accounts:add', sims.accounts[provider] as never);
        const synced = await setup.call('sync:run', {});
        await setup.close();
        const host = await serve({ dataDir }, { port: opts.port, open: opts.open });
        out.result(
          { url: host.url, dataDir, accounts: synced.accounts.map((a) => ({ id: a.id, tasks: a.pulled.tasks, error: a.error })) },
          () =>
            [
              `Worktray demo is at ${host.url}`,
              `data folder (removed on exit): ${dataDir}`,
              ...synced.accounts.map(
                (a) => `  ${a.id}: ${a.pulled.tasks} tasks, ${a.pulled.news} news${a.error ? `, ${errorSentence(a.error)}` : ''}`,
              ),
              'Press Ctrl+C to stop.',
            ].join('\n'),
        );
        if (opts.open) openInBrowser(host.url);
        const cleanup = (): void => {
          void sims.close();
          if (!globals().dataDir) rmSync(dataDir, { recursive: true, force: true });
        };
        process.once('exit', cleanup);
      } catch (error) {
        setExit(out.failure(error));
        process.exit(1);
      }
    });
}
