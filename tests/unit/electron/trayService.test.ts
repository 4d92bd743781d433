import { describe, expect, it, vi } from 'vitest';
import type { Menu, MenuItemConstructorOptions } from 'electron';
import type { Handlers } from '../../../shared/contract.js';
import { createEventBus } from '../../../main/core/events.js';
import { createTrayService, trayIconPath, type TrayFactory } from '../../../main/electron/tray.js';
import { EMPTY_TRAY_STATE, type TrayActions } from '../../../main/electron/trayMenu.js';
import { createTrayStateSource } from '../../../main/electron/trayState.js';
import { silentLog } from './fakes.js';

function fakeFactory(dark = false) {
  const tray = {
    image: '',
    tooltip: '',
    menu: [] as MenuItemConstructorOptions[],
    clicks: [] as (() => void)[],
    setImage: vi.fn((image: string) => void (tray.image = image)),
    setToolTip: (text: string) => void (tray.tooltip = text),
    setContextMenu: (menu: unknown) => void (tray.menu = menu as MenuItemConstructorOptions[]),
    on: (_event: string, listener: () => void) => void tray.clicks.push(listener),
    getBounds: () => ({ x: 10, y: 0, width: 22, height: 22 }),
    destroy: vi.fn(),
  };
  let themeListener = (): void => undefined;
  const theme = { dark };
  const factory: TrayFactory = {
    createTray: (icon) => {
      tray.image = icon;
      return tray as never;
    },
    buildMenu: (template) => template as unknown as Menu,
    shouldUseDarkColors: () => theme.dark,
    onThemeUpdated: (listener) => void (themeListener = listener),
  };
  return { factory, tray, theme, themeChanged: () => themeListener() };
}

const actions: TrayActions = { quickAdd: vi.fn(), open: vi.fn(), syncNow: vi.fn(), setStartAtLogin: vi.fn(), quit: vi.fn() };

describe('tray service', () => {
  it('uses a template image on macOS and a light or dark glyph elsewhere', () => {
    expect(trayIconPath('/i', 'darwin', true)).toBe('/i/trayTemplate.png');
    expect(trayIconPath('/i', 'linux', true)).toBe('/i/tray-light.png');
    expect(trayIconPath('/i', 'win32', false)).toBe('/i/tray-dark.png');
  });

  it('switches the icon when the OS theme changes', () => {
    const fake = fakeFactory(false);
    createTrayService({ factory: fake.factory, iconsDir: '/i', platform: 'linux', actions, onClick: vi.fn() });
    expect(fake.tray.image).toBe('/i/tray-dark.png');
    fake.theme.dark = true;
    fake.themeChanged();
    expect(fake.tray.image).toBe('/i/tray-light.png');
  });

  it("hands the icon's bounds to the click handler (the panel is placed by them)", () => {
    const fake = fakeFactory();
    const onClick = vi.fn();
    createTrayService({ factory: fake.factory, iconsDir: '/i', platform: 'linux', actions, onClick });
    fake.tray.clicks.forEach((listener) => listener());
    expect(onClick).toHaveBeenCalledWith({ x: 10, y: 0, width: 22, height: 22 });
  });

  it('sets the menu and the summed tooltip from state', () => {
    const fake = fakeFactory();
    const service = createTrayService({ factory: fake.factory, iconsDir: '/i', platform: 'linux', actions, onClick: vi.fn() });
    service.update({ ...EMPTY_TRAY_STATE, news: 2, failed: 1 });
    expect(fake.tray.tooltip).toBe('Worktray — 3 to look at: 2 unread news items, 1 failed');
    expect(fake.tray.menu.find((item) => item.id === 'news')?.label).toBe('Unread news: 2');
  });
});

describe('tray state source', () => {
  function core(news: number) {
    const counts = { views: {}, projects: {}, accounts: {}, news, conflicts: 0, outbox: { queued: 0, failed: 0 } };
    return {
      'tasks:counts': vi.fn(async () => counts),
      'sync:status': vi.fn(async () => [
        { accountId: 'a', provider: 'workity', online: false, syncing: false, lastSyncedAt: null, error: null, progress: null },
      ]),
    } as unknown as Pick<Handlers, 'tasks:counts' | 'sync:status'>;
  }

  const statusEvent = {
    accountId: 'a',
    provider: 'workity' as const,
    online: false,
    syncing: false,
    lastSyncedAt: null,
    error: null,
    progress: null,
  };
  const countsOf = (news: number) => ({
    views: { all: 0, today: 0, upcoming: 0, mine: 0, 'due-today': 0, overdue: 0, recent: 0, pending: 0 },
    projects: {},
    accounts: {},
    news,
    conflicts: 0,
    outbox: { queued: 0, failed: 0 },
  });

  it('shows the counts the core pushes as they arrive, without asking again', async () => {
    const events = createEventBus();
    const handlers = core(5);
    const onChange = vi.fn();
    const queued: (() => void)[] = [];
    const source = createTrayStateSource({
      handlers,
      events,
      log: silentLog(),
      local: () => ({ startAtLogin: true, quickAddAccelerator: null }),
      onChange,
      schedule: (run) => void queued.push(run),
    });
    await source.refresh();
    expect(onChange.mock.lastCall![0]).toMatchObject({ news: 5, providers: [{ provider: 'workity', online: false }] });
    events.emit('counts:changed', countsOf(0));
    expect(onChange.mock.lastCall![0]).toMatchObject({ news: 0, startAtLogin: true });
    expect(handlers['tasks:counts']).toHaveBeenCalledOnce();
    expect(queued).toHaveLength(0);
  });

  it('reads sync status again once per burst of status events', async () => {
    const events = createEventBus();
    const handlers = core(5);
    const onChange = vi.fn();
    const queued: (() => void)[] = [];
    createTrayStateSource({
      handlers,
      events,
      log: silentLog(),
      local: () => ({ startAtLogin: true, quickAddAccelerator: null }),
      onChange,
      schedule: (run) => void queued.push(run),
    });
    events.emit('counts:changed', countsOf(2));
    events.emit('sync:changed', statusEvent);
    events.emit('sync:changed', statusEvent);
    expect(queued).toHaveLength(1);
    queued[0]!();
    await vi.waitFor(() => expect(handlers['sync:status']).toHaveBeenCalledOnce());
    await vi.waitFor(() =>
      expect(onChange.mock.lastCall![0]).toMatchObject({ news: 2, providers: [{ provider: 'workity', online: false }] }),
    );
  });

  it('keeps the old state and logs when the core cannot answer', async () => {
    const log = silentLog();
    const onChange = vi.fn();
    const handlers = {
      'tasks:counts': async () => Promise.reject(new Error('db closed')),
      'sync:status': async () => [],
    } as unknown as Pick<Handlers, 'tasks:counts' | 'sync:status'>;
    const source = createTrayStateSource({
      handlers,
      events: createEventBus(),
      log,
      local: () => ({ startAtLogin: false, quickAddAccelerator: null }),
      onChange,
    });
    await source.refresh();
    expect(onChange).not.toHaveBeenCalled();
    expect(log.warnings).toContain('could not refresh the tray');
  });
});
