import os from 'node:os';
import path from 'node:path';
import electron from 'electron';
import type { Handlers, Settings } from '../../shared/contract.js';
import type { Core } from '../core/app.js';
import { createLogger } from '../core/log.js';
import { openSettings } from '../core/settings.js';
import type { Cipher } from '../core/vault/cipher.js';
import { confirmPlainTextDialog, electronTrayFactory } from './electronAdapters.js';
import { decorateHandlers } from './hostHandlers.js';
import { setStartAtLogin, type LoginItemOptions } from './loginItem.js';
import { createShortcutService, type ShortcutService } from './shortcut.js';
import { createTrayService, type TrayService } from './tray.js';
import { EMPTY_TRAY_STATE, type TrayState } from './trayMenu.js';
import { createTrayStateSource, type TrayStateSource } from './trayState.js';
import type { WindowManager } from './windows.js';

/* The tray and the settings-driven services, built for the composition root (shell.ts). */

const log = createLogger('electron');

export interface TrayParts {
  tray: TrayService;
  source: TrayStateSource;
  state(): TrayState;
}

type LocalTrayState = () => Pick<TrayState, 'startAtLogin' | 'quickAddAccelerator'>;

export function buildTray(
  baseDir: string,
  handlers: Handlers,
  events: Core['events'],
  windows: WindowManager,
  local: LocalTrayState,
): TrayParts {
  const { app } = electron;
  let state = EMPTY_TRAY_STATE;
  const warn = (what: string) => (error: unknown) =>
    log.warn(what, { message: error instanceof Error ? error.message : String(error) });
  const tray = createTrayService({
    factory: electronTrayFactory(),
    iconsDir: path.join(baseDir, 'icons'),
    platform: process.platform,
    onClick: (anchor) => windows.togglePanel(anchor),
    actions: {
      quickAdd: () => windows.showQuickAdd(tray.bounds()),
      open: (route) => windows.showMain(route),
      syncNow: () => void handlers['sync:run']({}).catch(warn('sync from the tray failed')),
      setStartAtLogin: (enabled) =>
        void handlers['settings:set']({ startAtLogin: enabled }).catch(warn('could not change start at login')),
      quit: () => app.quit(),
    },
  });
  const source = createTrayStateSource({
    handlers,
    events,
    log,
    local,
    onChange: (next) => {
      state = next;
      tray.update(next);
    },
  });
  tray.update(state);
  void source.refresh();
  return { tray, source, state: () => state };
}

export interface ShellHandlers {
  handlers: Handlers;
  shortcut: ShortcutService;
  onQuickAddShortcut(): void;
  local: LocalTrayState;
}

/** The shortcut, the login item and the keyring question: what settings drive in the shell. */
export async function buildShellHandlers(
  core: Core,
  windows: WindowManager,
  cipher: Cipher,
  env: NodeJS.ProcessEnv,
  changed: (settings: Settings) => void,
): Promise<ShellHandlers> {
  const { app, BrowserWindow, globalShortcut } = electron;
  const onQuickAddShortcut = (): void => windows.toggleQuickAdd(null);
  const isWayland = process.platform === 'linux' && env.XDG_SESSION_TYPE === 'wayland';
  const shortcut = createShortcutService({ globalShortcut, onTrigger: onQuickAddShortcut, log, isWayland });
  let settings: Settings = await core.handlers['settings:get']({});
  shortcut.apply(settings.quickAddShortcut);
  changed(settings);
  const loginItem: LoginItemOptions = {
    platform: process.platform,
    app,
    autostartDir: path.join(os.homedir(), '.config', 'autostart'),
    execPath: env.APPIMAGE ?? process.execPath,
  };
  const handlers = decorateHandlers(core.handlers, {
    cipher,
    confirmPlainText: () => confirmPlainTextDialog(BrowserWindow.getFocusedWindow()),
    // Same settings.json as the core's store; only this main-side path writes the consent.
    grantPlainText: () => openSettings(app.getPath('userData')).set({ allowPlainTextSecrets: true }),
    shortcut: () => shortcut.status(),
    onSettings: (next) => {
      if (next.quickAddShortcut !== settings.quickAddShortcut) shortcut.apply(next.quickAddShortcut);
      if (next.startAtLogin !== settings.startAtLogin) setStartAtLogin(next.startAtLogin, loginItem);
      settings = next;
      changed(next);
    },
  });
  const local: LocalTrayState = () => {
    const status = shortcut.status();
    return { startAtLogin: settings.startAtLogin, quickAddAccelerator: status.registered ? status.accelerator : null };
  };
  return { handlers, shortcut, onQuickAddShortcut, local };
}
