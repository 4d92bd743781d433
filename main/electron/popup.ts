import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { clampToArea, positionNear, type Bounds, type WindowStateStore } from './windowState.js';

/** Clicking the tray first blurs (and so hides) an open popup; a click this soon after meant "close". */
export const BLUR_TOGGLE_GRACE_MS = 300;

export interface PopupSpec {
  /** The window-state key; also the route's name. */
  name: string;
  route: string;
  size: { width: number; height: number };
  title: string;
  /** Opened without an anchor (the shortcut), go back where the user last put it. */
  rememberPosition: boolean;
}

export interface PopupDeps {
  build: (name: string, extra: BrowserWindowConstructorOptions, route: string) => BrowserWindow;
  state: WindowStateStore;
  workArea: (near?: { x: number; y: number }) => Bounds;
  isQuitting: () => boolean;
  now: () => number;
}

export interface Popup {
  show(anchor: Bounds | null): void;
  toggle(anchor: Bounds | null): void;
  hide(): void;
  /** Builds the window hidden, so the first press shows a loaded page. */
  prepare(): BrowserWindow;
  window(): BrowserWindow | null;
}

const alive = (win: BrowserWindow | null): win is BrowserWindow => win !== null && !win.isDestroyed();

/**
 * A small frameless window beside the tray icon (quick-add, the tray panel):
 * placed by the icon, hidden rather than closed, hidden when it loses focus,
 * and toggled by the icon without the blur of the same click reopening it.
 */
export function createPopup(spec: PopupSpec, deps: PopupDeps): Popup {
  let win: BrowserWindow | null = null;
  let hiddenByBlurAt = Number.NEGATIVE_INFINITY;

  const open = (): BrowserWindow => {
    const created = deps.build(
      spec.name,
      {
        ...spec.size,
        frame: false,
        resizable: false,
        movable: true,
        minimizable: false,
        maximizable: false,
        fullscreenable: false,
        skipTaskbar: true,
        alwaysOnTop: true,
        title: spec.title,
      },
      spec.route,
    );
    // The page "closes" itself (window.close() after saving); keep it warm, hidden, for the next press.
    created.on('close', (event) => {
      if (deps.isQuitting()) return;
      event.preventDefault();
      created.hide();
    });
    created.on('blur', () => {
      if (created.isDestroyed() || !created.isVisible()) return;
      hiddenByBlurAt = deps.now();
      created.hide();
    });
    return created;
  };

  const place = (target: BrowserWindow, anchor: Bounds | null): void => {
    const saved = spec.rememberPosition ? deps.state.get(spec.name) : undefined;
    const area = deps.workArea(anchor ?? saved ?? undefined);
    const bounds =
      anchor === null && saved ? clampToArea({ ...saved, ...spec.size }, area) : positionNear(anchor, spec.size, area);
    target.setBounds(bounds);
  };

  const popup: Popup = {
    show(anchor) {
      const target = popup.prepare();
      place(target, anchor);
      target.show();
      target.focus();
    },
    toggle(anchor) {
      const justHidden = deps.now() - hiddenByBlurAt < BLUR_TOGGLE_GRACE_MS;
      if (alive(win) && (win.isVisible() || justHidden)) popup.hide();
      else popup.show(anchor);
    },
    hide() {
      hiddenByBlurAt = Number.NEGATIVE_INFINITY;
      if (alive(win)) win.hide();
    },
    prepare() {
      if (!alive(win)) win = open();
      return win;
    },
    window: () => (alive(win) ? win : null),
  };
  return popup;
}
