import type { MenuItemConstructorOptions } from 'electron';
import type { AccountSyncStatus, TaskCounts } from '../../shared/contract.js';
import { PROVIDER_IDS, PROVIDER_NAMES, type ProviderId } from '../../shared/model.js';

/** Everything the tray shows, gathered from the core (tasks:counts, sync:status) and the settings. */
export interface TrayState {
  news: number;
  conflicts: number;
  pending: number;
  failed: number;
  providers: { provider: ProviderId; online: boolean; syncing: boolean }[];
  startAtLogin: boolean;
  /** The accelerator shown beside Quick add; null when the global shortcut is not registered. */
  quickAddAccelerator: string | null;
}

export const EMPTY_TRAY_STATE: TrayState = {
  news: 0,
  conflicts: 0,
  pending: 0,
  failed: 0,
  providers: [],
  startAtLogin: false,
  quickAddAccelerator: null,
};

/** What the tray's items do; the tray never touches a window or the core directly. */
export interface TrayActions {
  quickAdd(): void;
  open(route?: string): void;
  syncNow(): void;
  setStartAtLogin(enabled: boolean): void;
  quit(): void;
}

/** One line per provider with accounts: offline when any of its accounts cannot reach the server. */
export function providerMarks(statuses: AccountSyncStatus[]): TrayState['providers'] {
  return PROVIDER_IDS.flatMap((provider) => {
    const mine = statuses.filter((s) => s.provider === provider);
    if (mine.length === 0) return [];
    return [{ provider, online: mine.every((s) => s.online), syncing: mine.some((s) => s.syncing) }];
  });
}

export function trayStateFrom(
  counts: TaskCounts,
  statuses: AccountSyncStatus[],
  extra: Pick<TrayState, 'startAtLogin' | 'quickAddAccelerator'>,
): TrayState {
  return {
    news: counts.news,
    conflicts: counts.conflicts,
    pending: counts.outbox.queued,
    failed: counts.outbox.failed,
    providers: providerMarks(statuses),
    ...extra,
  };
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

function countItems(state: TrayState, actions: TrayActions): MenuItemConstructorOptions[] {
  const outbox =
    state.failed > 0 ? `Outbox: ${state.pending} pending, ${state.failed} failed` : `Outbox: ${state.pending} pending`;
  return [
    { id: 'news', label: `Unread news: ${state.news}`, enabled: state.news > 0, click: () => actions.open('/news') },
    {
      id: 'conflicts',
      label: `Open conflicts: ${state.conflicts}`,
      enabled: state.conflicts > 0,
      click: () => actions.open('/conflicts'),
    },
    { id: 'outbox', label: outbox, enabled: state.pending + state.failed > 0, click: () => actions.open('/outbox') },
  ];
}

function providerItems(state: TrayState, actions: TrayActions): MenuItemConstructorOptions[] {
  return state.providers.map(({ provider, online, syncing }) => ({
    id: `provider:${provider}`,
    label: `${online ? '●' : '○'} ${PROVIDER_NAMES[provider]}${online ? (syncing ? ' — syncing' : '') : ' — offline'}`,
    click: () => actions.open('/accounts'),
  }));
}

/** The tray menu as a pure function of state: tested without Electron, rebuilt on every core event. */
export function buildTrayMenu(state: TrayState, actions: TrayActions): MenuItemConstructorOptions[] {
  const syncing = state.providers.some((p) => p.syncing);
  const providers = providerItems(state, actions);
  return [
    {
      id: 'quick-add',
      label: 'Quick add…',
      ...(state.quickAddAccelerator ? { accelerator: state.quickAddAccelerator, registerAccelerator: false } : {}),
      click: () => actions.quickAdd(),
    },
    { id: 'open', label: 'Open Worktray', click: () => actions.open() },
    { id: 'sync', label: syncing ? 'Syncing…' : 'Sync now', enabled: !syncing, click: () => actions.syncNow() },
    { type: 'separator' },
    ...countItems(state, actions),
    ...(providers.length > 0 ? [{ type: 'separator' } as const, ...providers] : []),
    { type: 'separator' },
    {
      id: 'start-at-login',
      label: 'Start at login',
      type: 'checkbox',
      checked: state.startAtLogin,
      click: (item) => actions.setStartAtLogin(item.checked),
    },
    { id: 'quit', label: 'Quit Worktray', click: () => actions.quit() },
  ];
}

/** The tooltip sums what needs attention (Linux shows no tray title, so this is all it says there). */
export function trayTooltip(state: TrayState): string {
  const parts = [
    state.news > 0 ? plural(state.news, 'unread news item') : null,
    state.conflicts > 0 ? plural(state.conflicts, 'conflict') : null,
    state.pending > 0 ? `${state.pending} pending` : null,
    state.failed > 0 ? `${state.failed} failed` : null,
  ].filter((part): part is string => part !== null);
  const total = state.news + state.conflicts + state.pending + state.failed;
  const offline = state.providers.filter((p) => !p.online).map((p) => PROVIDER_NAMES[p.provider]);
  const head = total === 0 ? 'Worktray — all caught up' : `Worktray — ${total} to look at: ${parts.join(', ')}`;
  return offline.length > 0 ? `${head} (offline: ${offline.join(', ')})` : head;
}
