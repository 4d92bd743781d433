import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import {
  buildTrayMenu,
  EMPTY_TRAY_STATE,
  providerMarks,
  trayStateFrom,
  trayTooltip,
  type TrayActions,
  type TrayState,
} from '../../../main/electron/trayMenu.js';
import type { AccountSyncStatus, TaskCounts } from '../../../shared/contract.js';

const actions = () =>
  ({
    quickAdd: vi.fn(),
    open: vi.fn<(route?: string) => void>(),
    syncNow: vi.fn(),
    setStartAtLogin: vi.fn<(enabled: boolean) => void>(),
    quit: vi.fn(),
  }) satisfies TrayActions;

const item = (menu: MenuItemConstructorOptions[], id: string): MenuItemConstructorOptions => {
  const found = menu.find((entry) => entry.id === id);
  if (!found) throw new Error(`no menu item ${id}`);
  return found;
};

const click = (entry: MenuItemConstructorOptions, checked = false): void => {
  (entry.click as (item: { checked: boolean }) => void)({ checked });
};

const status = (
  accountId: string,
  provider: AccountSyncStatus['provider'],
  online: boolean,
  syncing = false,
): AccountSyncStatus => ({
  accountId,
  provider,
  online,
  syncing,
  lastSyncedAt: null,
  error: null,
  progress: null,
});

const busy: TrayState = {
  news: 3,
  conflicts: 1,
  pending: 2,
  failed: 1,
  providers: [
    { provider: 'worksnaps', online: true, syncing: false },
    { provider: 'workity', online: false, syncing: false },
  ],
  startAtLogin: true,
  quickAddAccelerator: 'CommandOrControl+Shift+Space',
};

describe('tray menu', () => {
  it('lists the fixed actions in order and ends with Quit', () => {
    const labels = buildTrayMenu(EMPTY_TRAY_STATE, actions())
      .filter((e) => e.type !== 'separator')
      .map((e) => e.label);
    expect(labels).toEqual([
      'Quick add…',
      'Open Worktray',
      'Sync now',
      'Unread news: 0',
      'Open conflicts: 0',
      'Outbox: 0 pending',
      'Start at login',
      'Quit Worktray',
    ]);
  });

  it('shows the counts of news, conflicts and pending and failed outbox entries', () => {
    const menu = buildTrayMenu(busy, actions());
    expect(item(menu, 'news').label).toBe('Unread news: 3');
    expect(item(menu, 'conflicts').label).toBe('Open conflicts: 1');
    expect(item(menu, 'outbox').label).toBe('Outbox: 2 pending, 1 failed');
    expect(item(menu, 'news').enabled).toBe(true);
  });

  it('disables a count line when there is nothing to open', () => {
    const menu = buildTrayMenu(EMPTY_TRAY_STATE, actions());
    expect(item(menu, 'news').enabled).toBe(false);
    expect(item(menu, 'conflicts').enabled).toBe(false);
    expect(item(menu, 'outbox').enabled).toBe(false);
  });

  it('marks an offline provider and leaves providers without accounts out', () => {
    const menu = buildTrayMenu(busy, actions());
    expect(item(menu, 'provider:workity').label).toBe('○ Workity — offline');
    expect(item(menu, 'provider:worksnaps').label).toBe('● Worksnaps');
    expect(menu.some((e) => e.id === 'provider:webwork')).toBe(false);
  });

  it('says Syncing… and disables Sync now while a provider syncs', () => {
    const menu = buildTrayMenu({ ...busy, providers: [{ provider: 'webwork', online: true, syncing: true }] }, actions());
    expect(item(menu, 'sync')).toMatchObject({ label: 'Syncing…', enabled: false });
    expect(item(menu, 'provider:webwork').label).toBe('● WebWork Tracker — syncing');
  });

  it('shows the quick-add accelerator only when the shortcut is registered, without grabbing it again', () => {
    expect(item(buildTrayMenu(busy, actions()), 'quick-add')).toMatchObject({
      accelerator: 'CommandOrControl+Shift+Space',
      registerAccelerator: false,
    });
    expect(item(buildTrayMenu(EMPTY_TRAY_STATE, actions()), 'quick-add').accelerator).toBeUndefined();
  });

  it('routes each item to its action', () => {
    const acts = actions();
    const menu = buildTrayMenu(busy, acts);
    click(item(menu, 'quick-add'));
    click(item(menu, 'open'));
    click(item(menu, 'sync'));
    click(item(menu, 'news'));
    click(item(menu, 'conflicts'));
    click(item(menu, 'outbox'));
    click(item(menu, 'start-at-login'), false);
    click(item(menu, 'quit'));
    expect(acts.quickAdd).toHaveBeenCalledOnce();
    expect(acts.syncNow).toHaveBeenCalledOnce();
    expect(acts.open.mock.calls).toEqual([[], ['/news'], ['/conflicts'], ['/outbox']]);
    expect(acts.setStartAtLogin).toHaveBeenCalledWith(false);
    expect(acts.quit).toHaveBeenCalledOnce();
  });

  it('shows Start at login as a checkbox reflecting the setting', () => {
    expect(item(buildTrayMenu(busy, actions()), 'start-at-login')).toMatchObject({ type: 'checkbox', checked: true });
    expect(item(buildTrayMenu(EMPTY_TRAY_STATE, actions()), 'start-at-login')).toMatchObject({
      type: 'checkbox',
      checked: false,
    });
  });
});

describe('tray tooltip', () => {
  it('sums the counts and names what they are', () => {
    expect(trayTooltip({ ...busy, providers: [] })).toBe(
      'Worktray — 7 to look at: 3 unread news items, 1 conflict, 2 pending, 1 failed',
    );
  });

  it('says all caught up when nothing needs attention, and names offline providers', () => {
    expect(trayTooltip(EMPTY_TRAY_STATE)).toBe('Worktray — all caught up');
    expect(trayTooltip({ ...EMPTY_TRAY_STATE, providers: [{ provider: 'workity', online: false, syncing: false }] })).toBe(
      'Worktray — all caught up (offline: Workity)',
    );
  });
});

describe('tray state from the core', () => {
  it('marks a provider offline when any of its accounts is offline', () => {
    const marks = providerMarks([
      status('a', 'workity', true),
      status('b', 'workity', false),
      status('c', 'webwork', true, true),
    ]);
    expect(marks).toEqual([
      { provider: 'workity', online: false, syncing: false },
      { provider: 'webwork', online: true, syncing: true },
    ]);
  });

  it('takes news, conflicts and outbox counts from tasks:counts', () => {
    const counts = { news: 4, conflicts: 2, outbox: { queued: 5, failed: 1 } } as TaskCounts;
    const state = trayStateFrom(counts, [], { startAtLogin: false, quickAddAccelerator: null });
    expect(state).toMatchObject({ news: 4, conflicts: 2, pending: 5, failed: 1, providers: [] });
  });
});
