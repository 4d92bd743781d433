import { beforeEach, describe, expect, it } from 'vitest';
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { PANEL_SIZE, createWindowManager, routeOf } from '../../../main/electron/windows.js';
import type { Bounds, WindowStateStore } from '../../../main/electron/windowState.js';
import { FakeBrowserWindow } from './fakes.js';

const AREA = { x: 0, y: 0, width: 1920, height: 1080 };
const TOP_TRAY = { x: 1800, y: 0, width: 24, height: 24 };
const BOTTOM_TRAY = { x: 1700, y: 1056, width: 24, height: 24 };

function setup() {
  const saved = new Map<string, Bounds>();
  const state: WindowStateStore = { get: (name) => saved.get(name), set: (name, bounds) => void saved.set(name, bounds) };
  let clock = 1000;
  const manager = createWindowManager({
    createWindow: (options: BrowserWindowConstructorOptions) =>
      new FakeBrowserWindow(options as Record<string, unknown>) as unknown as BrowserWindow,
    preloadPath: '/dist/electron/preload.cjs',
    devTools: false,
    harden: () => undefined,
    state,
    workArea: () => AREA,
    isQuitting: () => false,
    now: () => clock,
  });
  return { manager, saved, tick: (ms: number) => (clock += ms) };
}

const find = (route: string) => FakeBrowserWindow.created.find((w) => w.loaded[0]?.endsWith(`#${route}`));
const panel = () => find('/panel')!;

beforeEach(() => {
  FakeBrowserWindow.created = [];
});

describe('the tray panel window', () => {
  it('is a frameless ~400×560 window on #/panel, out of the taskbar', () => {
    const { manager } = setup();
    manager.showPanel(TOP_TRAY);
    expect(panel().options).toMatchObject({
      frame: false,
      resizable: false,
      skipTaskbar: true,
      alwaysOnTop: true,
      ...PANEL_SIZE,
    });
    expect(panel().loaded).toEqual(['app://worktray/index.html#/panel']);
    expect(panel().visible).toBe(true);
  });

  it('sits below a tray at the top of the screen and above one at the bottom, on screen', () => {
    const { manager } = setup();
    manager.showPanel(TOP_TRAY);
    expect(panel().bounds).toEqual({ x: AREA.width - PANEL_SIZE.width, y: 28, ...PANEL_SIZE });
    manager.hidePanel();
    manager.showPanel(BOTTOM_TRAY);
    expect(panel().bounds).toEqual({ x: 1712 - 200, y: 1056 - PANEL_SIZE.height - 4, ...PANEL_SIZE });
  });

  it('is placed by the tray every time, never where it was dragged', () => {
    const { manager, saved } = setup();
    manager.showPanel(TOP_TRAY);
    panel().setBounds({ x: 10, y: 500, ...PANEL_SIZE });
    panel().fire('moved');
    manager.hidePanel();
    manager.showPanel(TOP_TRAY);
    expect(panel().bounds.y).toBe(28);
    expect(saved.has('quick-add')).toBe(false);
  });

  it('hides on blur, and the tray click that caused the blur does not reopen it', () => {
    const { manager, tick } = setup();
    manager.togglePanel(TOP_TRAY);
    expect(panel().visible).toBe(true);
    panel().fire('blur');
    expect(panel().visible).toBe(false);
    manager.togglePanel(TOP_TRAY);
    expect(panel().visible).toBe(false);
    tick(5000);
    manager.togglePanel(TOP_TRAY);
    expect(panel().visible).toBe(true);
    manager.togglePanel(TOP_TRAY);
    expect(panel().visible).toBe(false);
  });

  it('keeps its window when the page closes it', () => {
    const { manager } = setup();
    manager.showPanel(TOP_TRAY);
    expect(panel().fire('close')).toBe(true);
    expect(panel().visible).toBe(false);
  });

  it('opens the main window on the view a count asks for, and goes back to #/panel, hidden', () => {
    const { manager } = setup();
    manager.showPanel(TOP_TRAY);
    panel().webContents.emit('did-navigate-in-page', {}, 'app://worktray/index.html#/conflicts', true);
    const main = find('/conflicts')!;
    expect(main).toBeDefined();
    expect(main.options.frame).toBeUndefined();
    expect(panel().visible).toBe(false);
    expect(panel().loaded.at(-1)).toBe('app://worktray/index.html#/panel');
    // Its own route coming back is not another "open".
    panel().webContents.emit('did-navigate-in-page', {}, 'app://worktray/index.html#/panel', true);
    expect(FakeBrowserWindow.created).toHaveLength(2);
  });

  it('sends "Change…" to the quick-add window, not the main one', () => {
    const { manager } = setup();
    manager.showPanel(TOP_TRAY);
    panel().webContents.emit('did-navigate-in-page', {}, 'app://worktray/index.html#/quick-add', true);
    expect(find('/quick-add')?.visible).toBe(true);
    expect(find('/')).toBeUndefined();
  });

  it('is built hidden by prepare, beside quick-add, and gets the core events', () => {
    const { manager } = setup();
    manager.prepare();
    expect(panel().visible).toBe(false);
    expect(find('/quick-add')).toBeDefined();
    expect(manager.webContents()).toHaveLength(2);
  });
});

describe('routeOf', () => {
  it('reads the route of the app page and nothing else', () => {
    expect(routeOf('app://worktray/index.html#/news?key=1')).toBe('/news?key=1');
    expect(routeOf('app://worktray/index.html#/')).toBe('/');
    expect(routeOf('app://worktray/index.html')).toBeNull();
    expect(routeOf('https://example.com/#/news')).toBeNull();
  });
});
