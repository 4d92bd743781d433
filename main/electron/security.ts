import type { Session, WebContents, WebPreferences } from 'electron';
import type { Logger } from '../core/log.js';
import { APP_HOST, APP_SCHEME } from './appProtocol.js';

/** The webPreferences every Worktray window gets; nothing is left to Electron's defaults. */
export function secureWebPreferences(preloadPath: string, options: { devTools?: boolean } = {}): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    devTools: options.devTools ?? false,
  };
}

/** Whether a URL belongs to the app itself (app://worktray/...). */
export function isAppUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
  } catch {
    return false;
  }
}

/** The hosts a link in the app may open in the system browser: https only, and only these sites. */
export const EXTERNAL_HOST_SUFFIXES = ['worksnaps.com', 'worksection.com', 'workity.com', 'webwork-tracker.com', 'github.com'];

export function isAllowedExternalUrl(raw: string, suffixes: readonly string[] = EXTERNAL_HOST_SUFFIXES): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '') return false;
  const host = url.hostname.toLowerCase();
  return suffixes.some((suffix) => host === suffix || host.endsWith(`.${suffix}`));
}

/** The part of an IPC event the sender check looks at. */
export interface SenderFrame {
  url: string;
  parent: unknown;
}

/** Only the app's own top-level page may call the core: no other origin, no subframe. */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  return frame != null && frame.parent === null && isAppUrl(frame.url);
}

export interface HardenOptions {
  openExternal: (url: string) => Promise<void>;
  log: Logger;
}

/**
 * Locks a webContents down: it never navigates away from what it loaded, never
 * opens a window, never attaches a <webview>. An allow-listed https link goes
 * to the system browser instead.
 */
export function hardenWebContents(contents: WebContents, options: HardenOptions): void {
  const openOutside = (url: string): void => {
    if (!isAllowedExternalUrl(url)) {
      options.log.warn('blocked a link', { url: url.slice(0, 200) });
      return;
    }
    options.openExternal(url).catch((error: unknown) => options.log.warn('could not open a link', { message: String(error) }));
  };
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    openOutside(url);
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openOutside(url);
    return { action: 'deny' };
  });
}

/** Camera, notifications-from-page, geolocation, clipboard…: the page asks, the answer is no. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}
