import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import {
  denyAllPermissions,
  hardenWebContents,
  isAllowedExternalUrl,
  isTrustedSender,
  secureWebPreferences,
} from '../../../main/electron/security.js';
import { FakeWebContents, silentLog } from './fakes.js';

const harden = () => {
  const contents = new FakeWebContents();
  const openExternal = vi.fn(() => Promise.resolve());
  hardenWebContents(contents as unknown as WebContents, { openExternal, log: silentLog() });
  return { contents, openExternal };
};

describe('secure webPreferences', () => {
  it('isolates, sandboxes and keeps Node out of the page', () => {
    const prefs = secureWebPreferences('/app/preload.cjs');
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
  });
});

describe('navigation and new windows', () => {
  it('prevents every navigation, including to the app itself', () => {
    const { contents, openExternal } = harden();
    expect(contents.fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.fire('will-navigate', 'app://worktray/other.html')).toBe(true);
    expect(contents.fire('will-redirect', 'https://evil.example/')).toBe(true);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('denies window.open and sends an allow-listed https link to the system browser', () => {
    const { contents, openExternal } = harden();
    expect(contents.openHandler?.({ url: 'https://acme.worksection.com/project/1/' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://acme.worksection.com/project/1/');
  });

  it('opens nothing for http, file, javascript or unknown hosts', () => {
    const { contents, openExternal } = harden();
    for (const url of [
      'http://www.worksnaps.com/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'https://evil.example/',
      'https://worksnaps.com.evil.example/',
    ]) {
      expect(contents.openHandler?.({ url })).toEqual({ action: 'deny' });
    }
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('refuses to attach a <webview>', () => {
    const { contents } = harden();
    expect(contents.fire('will-attach-webview', {}, {})).toBe(true);
  });

  it('allow-lists https links of the four services only, without credentials in the URL', () => {
    expect(isAllowedExternalUrl('https://www.workity.com/x')).toBe(true);
    expect(isAllowedExternalUrl('https://api.webwork-tracker.com/')).toBe(true);
    expect(isAllowedExternalUrl('https://user:pw@www.workity.com/')).toBe(false);
    expect(isAllowedExternalUrl('not a url')).toBe(false);
  });
});

describe('permissions', () => {
  it('answers every permission request and check with no', () => {
    const calls: Record<string, (...args: never[]) => unknown> = {};
    const session = {
      setPermissionRequestHandler: (fn: (...args: never[]) => unknown) => (calls.request = fn),
      setPermissionCheckHandler: (fn: (...args: never[]) => unknown) => (calls.check = fn),
      setDevicePermissionHandler: (fn: (...args: never[]) => unknown) => (calls.device = fn),
    };
    denyAllPermissions(session as unknown as Session);
    const callback = vi.fn();
    (calls.request as (c: unknown, p: string, cb: (ok: boolean) => void) => void)({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect((calls.check as () => boolean)()).toBe(false);
    expect((calls.device as () => boolean)()).toBe(false);
  });
});

describe('sender check', () => {
  it('trusts only the top frame of the app:// origin', () => {
    expect(isTrustedSender({ url: 'app://worktray/index.html#/quick-add', parent: null })).toBe(true);
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'app://evil/index.html', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'app://worktray.evil/index.html', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'file:///app/index.html', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'app://worktray/index.html', parent: {} })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
  });
});
