import type { BrowserWindow, BrowserWindowConstructorOptions, Rectangle, WebContents } from 'electron';
import { APP_INDEX_URL } from './appProtocol.js';
import { secureWebPreferences } from './security.js';
import { createPopup } from './popup.js';
import { clampToArea, type Bounds, type WindowStateStore } from './windowState.js';

export const QUICK_ADD_ROUTE = '/quick-add';
export const PANEL_ROUTE = '/panel';
const MAIN_SIZE = { width: 1100, height: 720 };
const QUICK_ADD_SIZE = { width: 560, height: 168 };
export const PANEL_SIZE = { width: 400, height: 560 };

/** The route part of an app:// URL ('/news' from app://worktray/index.html#/news), or null for anything else. */
export function routeOf(url: string): string | null {
  if (!url.startsWith(APP_INDEX_URL)) return null;
  const hash = url.slice(APP_INDEX_URL.length);
  if (!hash.startsWith('#')) return null;
  const route = hash.slice(1);
  return route.startsWith('/') ? route : `/${route}`;
}

export interface WindowManagerOptions {
  /** `new BrowserWindow(options)` in the app, a fake in tests. */
  createWindow: (options: BrowserWindowConstructorOptions) => BrowserWindow;
  preloadPath: string;
  devTools: boolean;
  /** Applied to every window's webContents before it loads anything. */
  harden: (contents: WebContents) => void;
  state: WindowStateStore;
  /** The work area of the display nearest a point (or the primary one). */
  workArea: (near?: { x: number; y: number }) => Rectangle;
  /** True once the user chose Quit: closing then really closes. */
  isQuitting: () => boolean;
  icon?: string;
  now?: () => number;
}

/** What the tray, the shortcut and the single-instance lock call; they never touch a window directly. */
export interface WindowManager {
  showMain(route?: string): void;
  showQuickAdd(anchor?: Bounds | null): void;
  toggleQuickAdd(anchor?: Bounds | null): void;
  hideQuickAdd(): void;
  /** The tray panel (#/panel) beside the icon; a tray click toggles it. */
  showPanel(anchor?: Bounds | null): void;
  togglePanel(anchor?: Bounds | null): void;
  hidePanel(): void;
  /** Builds the quick-add and panel windows hidden, so the first press shows a loaded page. */
  prepare(): void;
  webContents(): WebContents[];
}

export function createWindowManager(options: WindowManagerOptions): WindowManager {
  let main: BrowserWindow | null = null;
  const now = options.now ?? Date.now;
  const alive = (win: BrowserWindow | null): win is BrowserWindow => win !== null && !win.isDestroyed();

  const build = (name: string, extra: BrowserWindowConstructorOptions, route: string): BrowserWindow => {
    const win = options.createWindow({
      show: false,
      backgroundColor: '#1f2329',
      ...(options.icon ? { icon: options.icon } : {}),
      ...extra,
      webPreferences: secureWebPreferences(options.preloadPath, { devTools: options.devTools }),
    });
    options.harden(win.webContents);
    const remember = (): void => {
      if (!win.isDestroyed() && !win.isMinimized() && !win.isMaximized()) options.state.set(name, win.getBounds());
    };
    win.on('resized', remember);
    win.on('moved', remember);
    void win.loadURL(`${APP_INDEX_URL}#${route}`);
    return win;
  };

  const openMain = (route: string): BrowserWindow => {
    const saved = options.state.get('main');
    const bounds = saved ? clampToArea(saved, options.workArea(saved)) : undefined;
    const win = build('main', { ...MAIN_SIZE, ...bounds, minWidth: 640, minHeight: 420, title: 'Worktray' }, route);
    win.once('ready-to-show', () => win.show());
    // Closing the main window hides it to the tray; only Quit ends the app.
    win.on('close', (event) => {
      if (options.isQuitting()) return;
      event.preventDefault();
      win.hide();
    });
    return win;
  };

  const deps = { build, state: options.state, workArea: options.workArea, isQuitting: options.isQuitting, now };
  const quickAdd = createPopup(
    { name: 'quick-add', route: QUICK_ADD_ROUTE, size: QUICK_ADD_SIZE, title: 'Quick add', rememberPosition: true },
    deps,
  );
  const panel = createPopup(
    { name: 'panel', route: PANEL_ROUTE, size: PANEL_SIZE, title: 'Worktray', rememberPosition: false },
    deps,
  );

  /*
   * The panel's counts and "Open Worktray" navigate the page (#/news, #/); in
   * this small window that means "open the main window there": show it, put the
   * panel back on its own route and hide it.
   */
  const watchPanel = (win: BrowserWindow): void => {
    win.webContents.on('did-navigate-in-page', (_event, url) => {
      const route = routeOf(url);
      if (route === null || route === PANEL_ROUTE) return;
      if (route === QUICK_ADD_ROUTE) manager.showQuickAdd(null);
      else manager.showMain(route);
      void win.loadURL(`${APP_INDEX_URL}#${PANEL_ROUTE}`);
      panel.hide();
    });
  };

  const preparePanel = (): void => {
    if (panel.window() === null) watchPanel(panel.prepare());
  };

  const manager: WindowManager = {
    showMain(route) {
      if (!alive(main)) {
        main = openMain(route ?? '/');
        return;
      }
      if (route !== undefined) void main.loadURL(`${APP_INDEX_URL}#${route}`);
      if (main.isMinimized()) main.restore();
      main.show();
      main.focus();
    },
    showQuickAdd: (anchor = null) => quickAdd.show(anchor),
    toggleQuickAdd: (anchor = null) => quickAdd.toggle(anchor),
    hideQuickAdd: () => quickAdd.hide(),
    showPanel(anchor = null) {
      preparePanel();
      panel.show(anchor);
    },
    togglePanel(anchor = null) {
      preparePanel();
      panel.toggle(anchor);
    },
    hidePanel: () => panel.hide(),
    prepare() {
      quickAdd.prepare();
      preparePanel();
    },
    webContents: () => [main, quickAdd.window(), panel.window()].filter(alive).map((win) => win.webContents),
  };
  return manager;
}
