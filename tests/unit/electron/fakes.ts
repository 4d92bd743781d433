import { EventEmitter } from 'node:events';
import type { Logger } from '../../../main/core/log.js';

export function silentLog(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  return {
    warnings,
    debug: () => undefined,
    info: () => undefined,
    warn: (message) => void warnings.push(message),
    error: (message) => void warnings.push(message),
  };
}

type OpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };

/** Enough of a WebContents for the hardening and IPC code. */
export class FakeWebContents extends EventEmitter {
  openHandler: OpenHandler | null = null;
  url = '';
  sent: unknown[][] = [];
  destroyed = false;
  setWindowOpenHandler(handler: OpenHandler): void {
    this.openHandler = handler;
  }
  getURL(): string {
    return this.url;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  send(...args: unknown[]): void {
    this.sent.push(args);
  }
  /** Emits like Chromium: returns whether a listener called preventDefault. */
  fire(name: string, ...args: unknown[]): boolean {
    let prevented = false;
    this.emit(name, { preventDefault: () => (prevented = true) }, ...args);
    return prevented;
  }
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Enough of a BrowserWindow for the window manager; records what was asked of it. */
export class FakeBrowserWindow extends EventEmitter {
  static created: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  visible = false;
  destroyed = false;
  bounds: Rect;
  loaded: string[] = [];
  constructor(readonly options: Record<string, unknown>) {
    super();
    this.bounds = {
      x: Number(options.x ?? 0),
      y: Number(options.y ?? 0),
      width: Number(options.width ?? 800),
      height: Number(options.height ?? 600),
    };
    FakeBrowserWindow.created.push(this);
  }
  loadURL(url: string): Promise<void> {
    this.loaded.push(url);
    this.webContents.url = url;
    return Promise.resolve();
  }
  show(): void {
    this.visible = true;
  }
  hide(): void {
    this.visible = false;
  }
  focus(): void {}
  restore(): void {}
  isVisible(): boolean {
    return this.visible;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    return false;
  }
  isMaximized(): boolean {
    return false;
  }
  getBounds(): Rect {
    return this.bounds;
  }
  setBounds(bounds: Rect): void {
    this.bounds = bounds;
  }
  /** Emits like Chromium: returns whether a listener called preventDefault. */
  fire(name: string): boolean {
    let prevented = false;
    this.emit(name, { preventDefault: () => (prevented = true) });
    return prevented;
  }
}
