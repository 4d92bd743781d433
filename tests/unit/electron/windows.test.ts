import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { BrowserWindow, BrowserWindowConstructorOptions, WebContents } from 'electron';
import { createWindowManager, type WindowManagerOptions } from '../../../main/electron/windows.js';
import type { Bounds, WindowStateStore } from '../../../main/electron/windowState.js';
import { FakeBrowserWindow } from './fakes.js';

const AREA = { x: 0, y: 0, width: 1920, height: 1080 };

function setup(overrides: Partial<WindowManagerOptions> = {}) {
  const saved = new Map<string, Bounds>();
  const state: WindowStateStore = { get: (name) => saved.get(name), set: (name, bounds) => void saved.set(name, bounds) };
  const harden = vi.fn();
  let quitting = false;
  let clock = 1000;
  const manager = createWindowManager({
    createWindow: (options: BrowserWindowConstructorOptions) =>
      new FakeBrowserWindow(options as Record<string, unknown>) as unknown as BrowserWindow,
    preloadPath: '/dist/electron/preload.cjs',
    devTools: false,
    harden,
    state,
    workArea: () => AREA,
    isQuitting: () => quitting,
    now: () => clock,
    ...overrides,
  });
  return { manager, saved, harden, quit: () => (quitting = true), tick: (ms: number) => (clock += ms) };
}

const windows = () => FakeBrowserWindow.created;
const quickAdd = () => windows().find((w) => w.loaded[0]?.endsWith('#/quick-add'))!;
const main = () => windows().find((w) => w.loaded[0]?.endsWith('#/'))!;

beforeEach(() => {
  FakeBrowserWindow.created = [];
});

describe('windows', () => {
  it('gives every window the secure webPreferences, hardens it and loads it from app://', () => {
    const { manager, harden } = setup();
    manager.showMain();
    manager.showQuickAdd();
    expect(windows()).toHaveLength(2);
    for (const win of windows()) {
      expect(win.options.webPreferences).toEqual(
        expect.objectContaining({
          preload: '/dist/electron/preload.cjs',
          contextIsolation: true,
          sandbox: true,
          nodeIntegration: false,
          webSecurity: true,
          allowRunningInsecureContent: false,
        }),
      );
      expect(harden).toHaveBeenCalledWith(win.webContents);
      expect(win.loaded[0]).toMatch(/^app:\/\/worktray\/index\.html#\//);
    }
  });

  it('makes the quick-add window small, frameless and out of the taskbar, on the #/quick-add route', () => {
    const { manager } = setup();
    manager.showQuickAdd();
    expect(quickAdd().options).toMatchObject({ frame: false, resizable: false, skipTaskbar: true, alwaysOnTop: true });
    expect(Number(quickAdd().options.width)).toBeLessThan(700);
    expect(quickAdd().loaded).toEqual(['app://worktray/index.html#/quick-add']);
  });

  it('hides the main window to the tray on close, and really closes it after Quit', () => {
    const { manager, quit } = setup();
    manager.showMain();
    main().fire('ready-to-show');
    expect(main().visible).toBe(true);
    expect(main().fire('close')).toBe(true);
    expect(main().visible).toBe(false);
    quit();
    expect(main().fire('close')).toBe(false);
  });

  it('keeps the quick-add window when the page closes it, hiding it for the next shortcut press', () => {
    const { manager, quit } = setup();
    manager.showQuickAdd();
    expect(quickAdd().fire('close')).toBe(true);
    expect(quickAdd().visible).toBe(false);
    quit();
    expect(quickAdd().fire('close')).toBe(false);
  });

  it('hides the quick-add window when it loses focus', () => {
    const { manager } = setup();
    manager.showQuickAdd();
    expect(quickAdd().visible).toBe(true);
    quickAdd().fire('blur');
    expect(quickAdd().visible).toBe(false);
  });

  it('toggles quick-add from the tray, treating the blur of the same click as closing it', () => {
    const { manager, tick } = setup();
    manager.toggleQuickAdd();
    expect(quickAdd().visible).toBe(true);
    quickAdd().fire('blur');
    manager.toggleQuickAdd();
    expect(quickAdd().visible).toBe(false);
    tick(5000);
    manager.toggleQuickAdd();
    expect(quickAdd().visible).toBe(true);
  });

  it('places quick-add below a tray icon at the top of the screen', () => {
    const { manager } = setup();
    manager.showQuickAdd({ x: 1800, y: 0, width: 24, height: 24 });
    const bounds = quickAdd().bounds;
    expect(bounds.y).toBe(28);
    expect(bounds.x + bounds.width).toBeLessThanOrEqual(AREA.width);
  });

  it('remembers where the main window was and restores it on screen', () => {
    const first = setup();
    first.manager.showMain();
    main().setBounds({ x: 100, y: 80, width: 900, height: 600 });
    main().fire('moved');
    expect(first.saved.get('main')).toEqual({ x: 100, y: 80, width: 900, height: 600 });
    FakeBrowserWindow.created = [];
    const second = setup();
    second.saved.set('main', { x: 5000, y: 80, width: 900, height: 600 });
    second.manager.showMain();
    expect(main().options).toMatchObject({ x: 1020, y: 80, width: 900, height: 600 });
  });

  it('shows the main window at a route when asked (a notification click)', () => {
    const { manager } = setup();
    manager.showMain();
    manager.showMain('/news?key=abc');
    expect(main().loaded.at(-1)).toBe('app://worktray/index.html#/news?key=abc');
    expect(main().visible).toBe(true);
  });

  it('lists the webContents of live windows for event forwarding', () => {
    const { manager } = setup();
    manager.prepare();
    manager.showMain();
    // Main, quick-add and the tray panel (prepare builds both small windows hidden).
    expect(manager.webContents()).toHaveLength(3);
    quickAdd().destroyed = true;
    expect(manager.webContents()).toHaveLength(2);
    expect(manager.webContents()).toContain(main().webContents as unknown as WebContents);
    expect(manager.webContents()).not.toContain(quickAdd().webContents as unknown as WebContents);
  });
});
