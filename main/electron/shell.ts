import path from 'node:path';
import electron from 'electron';
import type { Core, CoreOptions } from '../core/app.js';
import { createLogger } from '../core/log.js';
import { createAppHandler, APP_SCHEME, PRIVILEGED_SCHEMES } from './appProtocol.js';
import { showNotification } from './electronAdapters.js';
import { bindIpc, forwardEvents } from './ipcBridge.js';
import { defaultDataDir, parseLaunchArgs, type LaunchArgs } from './launchArgs.js';
import { watchNetwork } from './network.js';
import { createNotifier } from './notifications.js';
import { createSafeStorageCipher } from './safeStorageCipher.js';
import { denyAllPermissions, hardenWebContents } from './security.js';
import type { ShortcutService } from './shortcut.js';
import { buildShellHandlers, buildTray } from './shellServices.js';
import type { TrayService } from './tray.js';
import type { TrayState } from './trayMenu.js';
import { openWindowState } from './windowState.js';
import { createWindowManager, type WindowManager } from './windows.js';

/** A window shows a change as queued after this long; the push goes on behind. */
const WINDOW_SETTLE_MS = 2_000;

export interface LaunchOptions {
  argv: string[];
  env: NodeJS.ProcessEnv;
  /** The bundle's folder (dist/electron): the preload, the icons and ../renderer sit beside it. */
  baseDir: string;
  createCore(options: CoreOptions): Core | Promise<Core>;
  /** Called with the running shell in test builds only (Playwright's hooks). */
  onStarted?: (shell: Shell) => void;
  platform?: NodeJS.Platform;
}

export interface Shell {
  core: Core;
  windows: WindowManager;
  shortcut: ShortcutService;
  tray: TrayService;
  /** Exactly what the global shortcut runs. */
  onQuickAddShortcut(): void;
  trayState(): TrayState;
}

const log = createLogger('electron');

/** Before `ready`: data folder, privileged scheme, single-instance lock. False when another instance owns the lock. */
export function prepareLaunch(args: LaunchArgs, env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): boolean {
  const { app, protocol } = electron;
  app.setPath('userData', args.dataDir ?? defaultDataDir(app.getPath('appData')));
  // Lets the global shortcut go through the desktop portal on Wayland (https://www.electronjs.org/docs/latest/api/global-shortcut).
  if (platform === 'linux' && env.XDG_SESSION_TYPE === 'wayland')
    app.commandLine.appendSwitch('enable-features', 'GlobalShortcutsPortal');
  protocol.registerSchemesAsPrivileged(PRIVILEGED_SCHEMES);
  return app.requestSingleInstanceLock();
}

/** app:// for the renderer, no permissions, and every webContents locked down; returns the hardening for windows. */
function secureSession(rendererDir: string): (contents: Electron.WebContents) => void {
  const { app, protocol, session, shell } = electron;
  protocol.handle(APP_SCHEME, createAppHandler({ rootDir: rendererDir }));
  denyAllPermissions(session.defaultSession);
  const hardened = new WeakSet<Electron.WebContents>();
  const harden = (contents: Electron.WebContents): void => {
    if (hardened.has(contents)) return;
    hardened.add(contents);
    hardenWebContents(contents, { openExternal: (url) => shell.openExternal(url), log });
  };
  app.on('web-contents-created', (_event, contents) => harden(contents));
  return harden;
}

/** Second launches, the last window closing, and Quit (which stops the services and closes the core first). */
function bindLifecycle(core: Core, windows: WindowManager, quit: { quitting: boolean }, stops: (() => void)[]): void {
  const { app, globalShortcut } = electron;
  app.on('second-instance', (_event, argv) => (parseLaunchArgs(argv).quickAdd ? windows.showQuickAdd(null) : windows.showMain()));
  // macOS: a click on the Dock icon brings the window back.
  app.on('activate', () => windows.showMain());
  // Closing every window keeps the app in the tray; only Quit ends it.
  app.on('window-all-closed', () => undefined);
  app.on('before-quit', (event) => {
    if (quit.quitting) return;
    quit.quitting = true;
    event.preventDefault();
    globalShortcut.unregisterAll();
    stops.forEach((stop) => stop());
    void core.close().finally(() => app.quit());
  });
}

/** The composition root: builds every service of the Electron host and wires them to the core. */
export async function runWorktray(options: LaunchOptions): Promise<Shell | null> {
  const { app, BrowserWindow, ipcMain, net, safeStorage, screen } = electron;
  const args = parseLaunchArgs(options.argv, options.env);
  if (!prepareLaunch(args, options.env, options.platform)) {
    app.quit();
    return null;
  }
  await app.whenReady();
  const dataDir = app.getPath('userData');
  let allowPlainText = false;
  const cipher = createSafeStorageCipher(safeStorage, {
    allowPlainText: () => allowPlainText,
    passphrase: options.env.WORKTRAY_PASSPHRASE,
  });
  const core = await options.createCore({
    dataDir,
    cipher,
    host: 'electron',
    version: app.getVersion(),
    background: true,
    settleWaitMs: WINDOW_SETTLE_MS,
    // A downloaded file opens in the app the OS has for it, from the account's private copy.
    openPath: (path) => electron.shell.openPath(path),
  });
  const harden = secureSession(path.join(options.baseDir, '..', 'renderer'));
  const quit = { quitting: false };
  const windows = createWindowManager({
    createWindow: (windowOptions) => new BrowserWindow(windowOptions),
    preloadPath: path.join(options.baseDir, 'preload.cjs'),
    devTools: !app.isPackaged,
    harden,
    state: openWindowState(dataDir),
    workArea: (near) => (near ? screen.getDisplayNearestPoint(near) : screen.getPrimaryDisplay()).workArea,
    isQuitting: () => quit.quitting,
  });
  let refreshTray = (): void => undefined;
  const shell = await buildShellHandlers(core, windows, cipher, options.env, (settings) => {
    allowPlainText = settings.allowPlainTextSecrets;
    refreshTray();
  });
  const tray = buildTray(options.baseDir, shell.handlers, core.events, windows, shell.local);
  refreshTray = () => void tray.source.refresh();

  bindIpc({ ipcMain, handlers: shell.handlers, log });
  const notifier = createNotifier({
    events: core.events,
    handlers: shell.handlers,
    show: showNotification,
    open: (route) => windows.showMain(route),
    log,
  });
  void notifier.start();
  bindLifecycle(core, windows, quit, [
    forwardEvents(core.events, () => windows.webContents()),
    watchNetwork({ isOnline: () => net.isOnline(), onChange: (online) => core.networkChanged(online) }),
    () => notifier.stop(),
    () => tray.source.stop(),
    () => tray.tray.destroy(),
  ]);

  windows.prepare();
  if (args.quickAdd) windows.showQuickAdd(null);
  else if (!args.hidden) windows.showMain();
  const running: Shell = {
    core,
    windows,
    shortcut: shell.shortcut,
    tray: tray.tray,
    onQuickAddShortcut: () => shell.onQuickAddShortcut(),
    trayState: () => tray.state(),
  };
  options.onStarted?.(running);
  return running;
}
