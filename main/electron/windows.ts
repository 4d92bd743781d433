import type { BrowserWindow, BrowserWindowConstructorOptions, Rectangle, WebContents } from 'electron';
import { APP_INDEX_URL } from './appProtocol.js';
import { secureWebPreferences } from './security.js';
import { clampToArea, positionNear, type Bounds, type WindowStateStore } from './windowState.js';

export const QUICK_ADD_ROUTE = '/quick-add';
const MAIN_SIZE = { width: 1100, height: 720 };
const QUICK_ADD_SIZE = { width: 560, height: 168 };
const BLUR_TOGGLE_GRACE_MS = 300;

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
  /** Builds the quick-add window hidden, so the first shortcut press shows a loaded page. */
  prepare(): void;
  webContents(): WebContents[];
}

export function createWindowManager(options: WindowManagerOptions): WindowManager {
  let main: BrowserWindow | null = null;
  let quickAdd: BrowserWindow | null = null;
  let hiddenByBlurAt = Number.NEGATIVE_INFINITY;
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

  const openQuickAdd = (): BrowserWindow => {
    const win = build(
      'quick-add',
      {
        ...QUICK_ADD_SIZE,
        frame: false,
        resizable: false,
        movable: true,
        minimizable: false,
        maximizable: false,
        fullscreenable: false,
        skipTaskbar: true,
        alwaysOnTop: true,
        title: 'Quick add',
      },
      QUICK_ADD_ROUTE,
    );
    // The page "closes" quick-add after saving (window.close()); keep it warm, hidden, for the next press.
    win.on('close', (event) => {
      if (options.isQuitting()) return;
      event.preventDefault();
      win.hide();
    });
    win.on('blur', () => {
      if (win.isDestroyed() || !win.isVisible()) return;
      hiddenByBlurAt = now();
      win.hide();
    });
    return win;
  };

  const placeQuickAdd = (win: BrowserWindow, anchor: Bounds | null): void => {
    const saved = options.state.get('quick-add');
    const near = anchor ?? saved ?? null;
    const area = options.workArea(near ?? undefined);
    const bounds =
      anchor === null && saved ? clampToArea({ ...saved, ...QUICK_ADD_SIZE }, area) : positionNear(anchor, QUICK_ADD_SIZE, area);
    win.setBounds(bounds);
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
    showQuickAdd(anchor = null) {
      if (!alive(quickAdd)) quickAdd = openQuickAdd();
      placeQuickAdd(quickAdd, anchor);
      quickAdd.show();
      quickAdd.focus();
    },
    toggleQuickAdd(anchor = null) {
      // Clicking the tray first blurs (and so hides) the open quick-add; that click meant "close".
      const justHidden = now() - hiddenByBlurAt < BLUR_TOGGLE_GRACE_MS;
      if (alive(quickAdd) && (quickAdd.isVisible() || justHidden)) manager.hideQuickAdd();
      else manager.showQuickAdd(anchor);
    },
    hideQuickAdd() {
      hiddenByBlurAt = Number.NEGATIVE_INFINITY;
      if (alive(quickAdd)) quickAdd.hide();
    },
    prepare() {
      if (!alive(quickAdd)) quickAdd = openQuickAdd();
    },
    webContents: () => [main, quickAdd].filter(alive).map((win) => win.webContents),
  };
  return manager;
}
