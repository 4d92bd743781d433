import path from 'node:path';
import type { Menu, MenuItemConstructorOptions, Rectangle, Tray } from 'electron';
import { buildTrayMenu, trayTooltip, type TrayActions, type TrayState } from './trayMenu.js';

export type TrayLike = Pick<Tray, 'setContextMenu' | 'setToolTip' | 'setImage' | 'on' | 'getBounds' | 'destroy'>;

/** The Electron pieces the tray needs; the app passes the real ones, tests a fake (Signal's pattern). */
export interface TrayFactory {
  createTray(iconPath: string): TrayLike;
  buildMenu(template: MenuItemConstructorOptions[]): Menu;
  shouldUseDarkColors(): boolean;
  onThemeUpdated(listener: () => void): void;
}

export interface TrayServiceOptions {
  factory: TrayFactory;
  iconsDir: string;
  platform: NodeJS.Platform;
  actions: TrayActions;
  /** Left click: toggle the tray panel beside the icon. */
  onClick(anchor: Rectangle): void;
}

export interface TrayService {
  update(state: TrayState): void;
  bounds(): Rectangle | null;
  destroy(): void;
}

/**
 * macOS gets a template image (the system tints it for light and dark menu
 * bars); elsewhere a light glyph on dark panels and a dark one on light panels.
 */
export function trayIconPath(iconsDir: string, platform: NodeJS.Platform, darkTheme: boolean): string {
  if (platform === 'darwin') return path.join(iconsDir, 'trayTemplate.png');
  return path.join(iconsDir, darkTheme ? 'tray-light.png' : 'tray-dark.png');
}

export function createTrayService(options: TrayServiceOptions): TrayService {
  const { factory } = options;
  const icon = (): string => trayIconPath(options.iconsDir, options.platform, factory.shouldUseDarkColors());
  const tray = factory.createTray(icon());
  let destroyed = false;
  // AppIndicator on Linux sends no click (the menu opens instead); the menu keeps Quick add… and Open Worktray.
  tray.on('click', () => options.onClick(tray.getBounds()));
  factory.onThemeUpdated(() => {
    if (!destroyed) tray.setImage(icon());
  });
  return {
    update(state) {
      if (destroyed) return;
      tray.setToolTip(trayTooltip(state));
      // Linux (AppIndicator) only picks up a changed menu when it is set again:
      // https://www.electronjs.org/docs/latest/api/tray#platform-considerations
      tray.setContextMenu(factory.buildMenu(buildTrayMenu(state, options.actions)));
    },
    bounds: () => (destroyed ? null : tray.getBounds()),
    destroy() {
      destroyed = true;
      tray.destroy();
    },
  };
}
