import '../core/heap.js';
import { createCore } from '../core/app.js';
import { createLogger } from '../core/log.js';
import { runWorktray, type Shell } from './shell.js';
import { buildTrayMenu } from './trayMenu.js';

/** Defined by scripts/build-electron.mjs: true only in `--test` builds, so the hooks below are dropped from real ones. */
declare const __WORKTRAY_TEST_BUILD__: boolean;

/** Test builds only (scripts/build-electron.mjs --test): Playwright reaches the shell through this. */
function exposeTestHooks(shell: Shell): void {
  (globalThis as { __worktrayTest?: unknown }).__worktrayTest = {
    triggerQuickAddShortcut: () => shell.onQuickAddShortcut(),
    shortcutStatus: () => shell.shortcut.status(),
    trayState: () => shell.trayState(),
    hasTray: () => shell.tray.bounds() !== null,
    trayMenuLabels: () => {
      const none = (): void => undefined;
      const actions = { quickAdd: none, open: none, syncNow: none, setStartAtLogin: none, quit: none };
      return buildTrayMenu(shell.trayState(), actions).flatMap((item) => (item.label ? [item.label] : []));
    },
  };
}

runWorktray({
  argv: process.argv,
  env: process.env,
  baseDir: __dirname,
  createCore,
  ...(__WORKTRAY_TEST_BUILD__ ? { onStarted: exposeTestHooks } : {}),
}).catch((error: unknown) => {
  createLogger('electron').error('Worktray could not start', { message: error instanceof Error ? error.message : String(error) });
  process.exit(1);
});
