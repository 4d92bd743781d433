import os from 'node:os';
import path from 'node:path';
import electron from 'electron';
import type { Core, CoreOptions } from '../core/app.js';
import { createLogger } from '../core/log.js';
import { createAppHandler, APP_SCHEME, PRIVILEGED_SCHEMES } from './appProtocol.js';
import { decorateHandlers } from './hostHandlers.js';
import { bindIpc, forwardEvents } from './ipcBridge.js';
import { defaultDataDir, parseLaunchArgs, type LaunchArgs } from './launchArgs.js';
import { setStartAtLogin } from './loginItem.js';
import { watchNetwork } from './network.js';
import { createNotifier } from './notifications.js';
import { createSafeStorageCipher } from './safeStorageCipher.js';
import { denyAllPermissions, hardenWebContents } from './security.js';
import { createShortcutService } from './shortcut.js';
import { createTrayService } from './tray.js';
import { EMPTY_TRAY_STATE, type TrayState } from './trayMenu.js';
import { createTrayStateSource } from './trayState.js';
import { openWindowState } from './windowState.js';
import { createWindowManager } from './windows.js';
import { confirmPlainTextDialog, electronTrayFactory, showNotification } from './electronAdapters.js';

export interface LaunchOptions {
  argv: string[];
  env: NodeJS.ProcessEnv;
  /** The bundle's folder (dist/electron): the preload, the icons and ../renderer sit beside it. */
  baseDir: string;
  createCore(options: CoreOptions): Core | Promise<Core>;
  /** Called with the running shell in test builds only (Playwright's hooks). */
  onStarted?: (shell: Shell) => void;
}

export interface Shell {
  core: Core;
  windows: ReturnType<typeof createWindowManager>;
  shortcut: ReturnType<typeof createShortcutService>;
  tray: ReturnType<typeof createTrayService>;
  /** Exactly what the global shortcut runs. */
  onQuickAddShortcut(): void;
  trayState(): TrayState;
}

const log = createLogger('electron');

/** Before `ready`: privileged scheme, data folder, single-instance lock. False when another instance owns the lock. */
export function prepareLaunch(args: LaunchArgs): boolean {
  const { app, protocol } = electron;
  app.setPath('userData', args.dataDir ?? defaultDataDir(app.getPath('appData')));
  protocol.registerSchemesAsPrivileged(PRIVILEGED_SCHEMES);
  return app.requestSingleInstanceLock();
}

/** The composition root: builds every service of the Electron host and wires them to the core. */
export async function runWorktray(options: LaunchOptions): Promise<Shell | null> {
  const { app, BrowserWindow, globalShortcut, ipcMain, nativeTheme, net, protocol, safeStorage, screen, session, shell } = electron;
  const args = parseLaunchArgs(options.argv, options.env);
  if (!prepareLaunch(args)) {
    app.quit();
    return null;
  }
  await app.whenReady();
  const dataDir = app.getPath('userData');
  const devTools = !app.isPackaged;
  const cipher = createSafeStorageCipher(safeStorage);
  const core = await options.createCore({ dataDir, cipher, host: 'electron', version: app.getVersion(), background: true });

  protocol.handle(APP_SCHEME, createAppHandler({ rootDir: path.join(options.baseDir, '..', 'renderer') }));
  denyAllPermissions(session.defaultSession);
  const hardened = new WeakSet<Electron.WebContents>();
  const harden = (contents: Electron.WebContents): void => {
    if (hardened.has(contents)) return;
    hardened.add(contents);
    hardenWebContents(contents, { openExternal: (url) => shell.openExternal(url), log });
  };
  app.on('web-contents-created', (_event, contents) => harden(contents));

  let quitting = false;
  const windows = createWindowManager({
    createWindow: (windowOptions) => new BrowserWindow(windowOptions),
    preloadPath: path.join(options.baseDir, 'preload.cjs'),
    devTools,
    harden,
    state: openWindowState(dataDir),
    workArea: (near) => (near ? screen.getDisplayNearestPoint(near) : screen.getPrimaryDisplay()).workArea,
    isQuitting: () => quitting,
  });

  const onQuickAddShortcut = (): void => windows.toggleQuickAdd(null);
  const shortcut = createShortcutService({
    globalShortcut,
    onTrigger: onQuickAddShortcut,
    log,
    isWayland: process.platform === 'linux' && options.env.XDG_SESSION_TYPE === 'wayland',
  });
  let settings = await core.handlers['settings:get']({});
  shortcut.apply(settings.quickAddShortcut);

  let trayState = EMPTY_TRAY_STATE;
  const loginItem = { platform: process.platform, app, autostartDir: path.join(os.homedir(), '.config', 'autostart'), execPath: options.env.APPIMAGE ?? process.execPath };
  const handlers = decorateHandlers(core.handlers, {
    cipher,
    confirmPlainText: () => confirmPlainTextDialog(BrowserWindow.getFocusedWindow()),
    shortcut: () => shortcut.status(),
    onSettings: (next) => {
      if (next.quickAddShortcut !== settings.quickAddShortcut) shortcut.apply(next.quickAddShortcut);
      if (next.startAtLogin !== settings.startAtLogin) setStartAtLogin(next.startAtLogin, loginItem);
      settings = next;
      void traySource.refresh();
    },
  });

  const tray = createTrayService({
    factory: electronTrayFactory(),
    iconsDir: path.join(options.baseDir, 'icons'),
    platform: process.platform,
    onClick: (anchor) => windows.toggleQuickAdd(anchor),
    actions: {
      quickAdd: () => windows.showQuickAdd(tray.bounds()),
      open: (route) => windows.showMain(route),
      syncNow: () => void handlers['sync:run']({}),
      setStartAtLogin: (enabled) => void handlers['settings:set']({ startAtLogin: enabled }),
      quit: () => app.quit(),
    },
  });
  const traySource = createTrayStateSource({
    handlers,
    events: core.events,
    log,
    local: () => ({ startAtLogin: settings.startAtLogin, quickAddAccelerator: shortcut.status().registered ? shortcut.status().accelerator : null }),
    onChange: (next) => {
      trayState = next;
      tray.update(next);
    },
  });
  tray.update(trayState);
  void traySource.refresh();

  bindIpc({ ipcMain, handlers, log });
  forwardEvents(core.events, () => windows.webContents());
  const notifier = createNotifier({ events: core.events, handlers, show: showNotification, open: (route) => windows.showMain(route), log });
  void notifier.start();
  const stopNetwork = watchNetwork({ isOnline: () => net.isOnline(), onChange: (online) => core.networkChanged(online) });

  app.on('second-instance', (_event, argv) => (parseLaunchArgs(argv).quickAdd ? windows.showQuickAdd(null) : windows.showMain()));
  // Closing every window keeps the app in the tray; only Quit ends it.
  app.on('window-all-closed', () => undefined);
  app.on('before-quit', (event) => {
    if (quitting) return;
    quitting = true;
    event.preventDefault();
    globalShortcut.unregisterAll();
    stopNetwork();
    notifier.stop();
    traySource.stop();
    tray.destroy();
    core.close().finally(() => app.quit());
  });

  windows.prepare();
  if (args.quickAdd) windows.showQuickAdd(null);
  else if (!args.hidden) windows.showMain();
  const running: Shell = { core, windows, shortcut, tray, onQuickAddShortcut, trayState: () => trayState };
  options.onStarted?.(running);
  return running;
}
