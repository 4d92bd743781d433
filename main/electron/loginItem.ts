import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { App } from 'electron';

export interface LoginItemOptions {
  platform: NodeJS.Platform;
  app: Pick<App, 'setLoginItemSettings'>;
  /** ~/.config/autostart on Linux, where login items are .desktop files. */
  autostartDir: string;
  /** The command that starts Worktray: the AppImage path when run as one, else the executable. */
  execPath: string;
}

/** The .desktop file a Linux session starts at login; --hidden keeps the window closed, the tray up. */
export function autostartEntry(execPath: string): string {
  const exec = /[\s"'\\]/.test(execPath) ? `"${execPath.replace(/(["\\`$])/g, '\\$1')}"` : execPath;
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Worktray',
    `Exec=${exec} --hidden`,
    'X-GNOME-Autostart-enabled=true',
    'Terminal=false',
    '',
  ].join('\n');
}

/** Start at login: Electron's login items on macOS and Windows, an XDG autostart entry on Linux. */
export function setStartAtLogin(enabled: boolean, options: LoginItemOptions): void {
  if (options.platform !== 'linux') {
    options.app.setLoginItemSettings({ openAtLogin: enabled, args: ['--hidden'] });
    return;
  }
  const file = path.join(options.autostartDir, 'worktray.desktop');
  if (!enabled) {
    rmSync(file, { force: true });
    return;
  }
  mkdirSync(options.autostartDir, { recursive: true });
  writeFileSync(file, autostartEntry(options.execPath));
}
