import { createCore } from '../core/app.js';
import { createLogger } from '../core/log.js';
import { runWorktray, type Shell } from './shell.js';

/** Defined by scripts/build-electron.mjs: true only in `--test` builds, so the hooks below are dropped from real ones. */
declare const __WORKTRAY_TEST_BUILD__: boolean;

/** Test builds only (scripts/build-electron.mjs --test): Playwright reaches the shell through this. */
function exposeTestHooks(shell: Shell): void {
  (globalThis as { __worktrayTest?: unknown }).__worktrayTest = {
    triggerQuickAddShortcut: () => shell.windows.toggleQuickAdd(null),
    shortcutStatus: () => shell.shortcut.status(),
    trayState: () => shell.trayState(),
    core: shell.core,
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
