import electron, { type BrowserWindow, type Notification as ElectronNotification } from 'electron';
import { PLAIN_TEXT_WARNING } from './safeStorageCipher.js';
import type { TrayFactory } from './tray.js';
import type { NoticeSpec } from './notifications.js';

/** The real Electron pieces behind the tray service's factory option. */
export function electronTrayFactory(): TrayFactory {
  const { Menu, Tray, nativeImage, nativeTheme } = electron;
  return {
    createTray: (iconPath) => new Tray(nativeImage.createFromPath(iconPath)),
    buildMenu: (template) => Menu.buildFromTemplate(template),
    shouldUseDarkColors: () => nativeTheme.shouldUseDarkColors,
    onThemeUpdated: (listener) => void nativeTheme.on('updated', listener),
  };
}

// Electron garbage-collects a Notification nobody holds, and its click handler with it:
// https://github.com/electron/electron/issues/16922
const live = new Set<ElectronNotification>();

export function showNotification(notice: NoticeSpec): void {
  const { Notification } = electron;
  if (!Notification.isSupported()) return;
  const note = new Notification({ title: notice.title, body: notice.body });
  live.add(note);
  note.on('click', () => {
    live.delete(note);
    notice.onClick();
  });
  note.on('close', () => live.delete(note));
  note.show();
}

/** The keyring question, asked once, in words a non-expert can act on. */
export async function confirmPlainTextDialog(parent: BrowserWindow | null): Promise<boolean> {
  const options: Electron.MessageBoxOptions = {
    type: 'warning',
    title: 'No keyring found',
    message: 'Store this account’s credentials without a keyring?',
    detail: `${PLAIN_TEXT_WARNING}\n\nInstall or unlock GNOME Keyring or KWallet and restart Worktray to keep them encrypted instead.`,
    buttons: ['Cancel', 'Store without a keyring'],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
  const { response } = parent
    ? await electron.dialog.showMessageBox(parent, options)
    : await electron.dialog.showMessageBox(options);
  return response === 1;
}
