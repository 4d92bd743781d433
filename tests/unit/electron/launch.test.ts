import { mkdtempSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { defaultDataDir, parseLaunchArgs } from '../../../main/electron/launchArgs.js';
import { autostartEntry, setStartAtLogin } from '../../../main/electron/loginItem.js';
import { watchNetwork } from '../../../main/electron/network.js';
import { clampToArea, openWindowState, positionNear } from '../../../main/electron/windowState.js';

const tmp = () => mkdtempSync(path.join(os.tmpdir(), 'worktray-launch-'));

describe('launch arguments', () => {
  it('reads --quick-add, --hidden and the data folder from argv or WORKTRAY_DATA_DIR', () => {
    expect(parseLaunchArgs(['electron', '.', '--quick-add'])).toEqual({ quickAdd: true, hidden: false, dataDir: null });
    expect(parseLaunchArgs(['worktray', '--hidden', '--data-dir', '/tmp/w']).dataDir).toBe('/tmp/w');
    expect(parseLaunchArgs(['worktray', '--data-dir=/tmp/a'], { WORKTRAY_DATA_DIR: '/tmp/b' }).dataDir).toBe('/tmp/a');
    expect(parseLaunchArgs(['worktray'], { WORKTRAY_DATA_DIR: '/tmp/b' }).dataDir).toBe('/tmp/b');
  });

  it('shares <appData>/worktray with the CLI by default', () => {
    expect(defaultDataDir('/home/ann/.config')).toBe(path.join('/home/ann/.config', 'worktray'));
  });
});

describe('start at login', () => {
  it('writes and removes an XDG autostart entry on Linux that starts hidden', () => {
    const dir = tmp();
    const options = {
      platform: 'linux' as const,
      app: { setLoginItemSettings: vi.fn() },
      autostartDir: dir,
      execPath: '/opt/Worktray/worktray',
    };
    setStartAtLogin(true, options);
    expect(readFileSync(path.join(dir, 'worktray.desktop'), 'utf8')).toContain('Exec=/opt/Worktray/worktray --hidden');
    setStartAtLogin(false, options);
    expect(existsSync(path.join(dir, 'worktray.desktop'))).toBe(false);
    expect(options.app.setLoginItemSettings).not.toHaveBeenCalled();
  });

  it('quotes an executable path with spaces', () => {
    expect(autostartEntry('/home/ann/My Apps/Worktray.AppImage')).toContain(
      'Exec="/home/ann/My Apps/Worktray.AppImage" --hidden',
    );
  });

  it('uses Electron’s login items on macOS and Windows', () => {
    const app = { setLoginItemSettings: vi.fn() };
    setStartAtLogin(true, { platform: 'darwin', app, autostartDir: '/unused', execPath: '/x' });
    expect(app.setLoginItemSettings).toHaveBeenCalledWith({ openAtLogin: true, args: ['--hidden'] });
  });
});

describe('window state', () => {
  it('persists bounds across launches and ignores a damaged file', () => {
    const dir = tmp();
    openWindowState(dir).set('main', { x: 10, y: 20, width: 800, height: 600 });
    expect(openWindowState(dir).get('main')).toEqual({ x: 10, y: 20, width: 800, height: 600 });
    writeFileSync(path.join(dir, 'window-state.json'), '{not json');
    expect(openWindowState(dir).get('main')).toBeUndefined();
  });

  it('pulls a window back onto the screen and places quick-add above a bottom tray', () => {
    const area = { x: 0, y: 0, width: 1280, height: 800 };
    expect(clampToArea({ x: -500, y: 900, width: 400, height: 300 }, area)).toEqual({ x: 0, y: 500, width: 400, height: 300 });
    expect(positionNear({ x: 1200, y: 776, width: 24, height: 24 }, { width: 560, height: 168 }, area)).toEqual({
      x: 720,
      y: 604,
      width: 560,
      height: 168,
    });
    expect(positionNear(null, { width: 560, height: 168 }, area)).toEqual({ x: 360, y: 200, width: 560, height: 168 });
  });
});

describe('network watch', () => {
  it('tells the core only when the OS answer flips', () => {
    let online = true;
    let tick = (): void => undefined;
    const onChange = vi.fn();
    watchNetwork({ isOnline: () => online, onChange, every: (run) => ((tick = run), () => undefined) });
    tick();
    online = false;
    tick();
    tick();
    online = true;
    tick();
    expect(onChange.mock.calls).toEqual([[false], [true]]);
  });
});
