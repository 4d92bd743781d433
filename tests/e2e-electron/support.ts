import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron, type ElectronApplication, type Page } from '@playwright/test';

export const MAIN_SCRIPT = path.resolve('dist/test/electron/main.cjs');

/** Chromium refuses its own sandbox as root (CI containers); the page's `sandbox: true` still applies. */
const rootArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];

export interface RunningApp {
  app: ElectronApplication;
  dataDir: string;
  close(): Promise<void>;
}

export async function launchApp(binary: string, extraArgs: string[] = []): Promise<RunningApp> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'worktray-electron-'));
  const app = await _electron.launch({
    executablePath: binary,
    args: [...rootArgs, MAIN_SCRIPT, `--data-dir=${dataDir}`, ...extraArgs],
    env: { ...process.env, WORKTRAY_LOG_LEVEL: 'warn' },
  });
  return {
    app,
    dataDir,
    async close() {
      // Quit really quits (closing windows only hides them to the tray).
      await app.evaluate(({ app: electronApp }) => electronApp.quit()).catch(() => undefined);
      await app.close().catch(() => undefined);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface WindowInfo {
  url: string;
  visible: boolean;
  focused: boolean;
}

export function windowsOf(app: ElectronApplication): Promise<WindowInfo[]> {
  return app.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows().map((win) => ({
      url: win.webContents.getURL(),
      visible: win.isVisible(),
      focused: win.isFocused(),
    })),
  );
}

export const isQuickAdd = (w: WindowInfo): boolean => w.url.endsWith('#/quick-add');
export const isMain = (w: WindowInfo): boolean => /#\/$/.test(w.url) || (!isQuickAdd(w) && w.url.includes('#/'));

/** The Playwright page of a window, by its route, once it has loaded. */
export async function pageFor(app: ElectronApplication, match: (url: string) => boolean): Promise<Page> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const page = app.windows().find((p) => match(p.url()));
    if (page) return page;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('no window with that route');
}

/** Calls a test hook of the running shell (present in --test builds only). */
export function hook<T>(app: ElectronApplication, name: string): Promise<T> {
  return app.evaluate((_electron, hookName) => {
    const hooks = (globalThis as unknown as { __worktrayTest: Record<string, () => unknown> }).__worktrayTest;
    return hooks[hookName]!() as never;
  }, name);
}

/** Starts a second copy of the app on the same data folder, as a user or `worktray quick-add` would; resolves with its exit code. */
export function launchSecondInstance(binary: string, dataDir: string, extraArgs: string[] = []): Promise<number | null> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, [...rootArgs, MAIN_SCRIPT, `--data-dir=${dataDir}`, ...extraArgs], { stdio: 'ignore' });
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error('the second instance did not exit: it did not see the first one'));
    }, 20_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}
