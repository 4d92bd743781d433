import type { AccountSyncStatus, PublicAccount } from '../../shared/contract.js';
import type { ErrorPayload } from '../../shared/errors.js';
import { PROVIDER_NAMES, type ProviderId } from '../../shared/model.js';

export interface OfflineProvider {
  provider: ProviderId;
  name: string;
  accounts: string[];
  error: ErrorPayload | null;
}

export interface SyncSummary {
  offline: OfflineProvider[];
  syncing: boolean;
  /** 0..1 across every account that reports progress, or null when none does. */
  progress: number | null;
  phase: string | null;
  /** The oldest last-synced time: "synced 5 min ago" must hold for every account. */
  lastSyncedAt: string | null;
}

export function summarizeSync(accounts: PublicAccount[], sync: Record<string, AccountSyncStatus>): SyncSummary {
  const offline = new Map<ProviderId, OfflineProvider>();
  let done = 0;
  let total = 0;
  let phase: string | null = null;
  let oldest: string | null = null;
  let syncing = false;
  for (const account of accounts) {
    const status = sync[account.id];
    if (!status) continue;
    if (!status.online) {
      const entry = offline.get(account.provider) ?? {
        provider: account.provider,
        name: PROVIDER_NAMES[account.provider],
        accounts: [],
        error: status.error,
      };
      entry.accounts.push(account.label);
      offline.set(account.provider, entry);
    }
    if (status.syncing) syncing = true;
    if (status.syncing && status.progress && status.progress.total > 0) {
      done += Math.min(status.progress.done, status.progress.total);
      total += status.progress.total;
      phase = status.progress.phase;
    }
    if (status.lastSyncedAt && (oldest === null || status.lastSyncedAt < oldest)) oldest = status.lastSyncedAt;
  }
  return { offline: [...offline.values()], syncing, progress: total > 0 ? done / total : null, phase, lastSyncedAt: oldest };
}

/** "just now", "5 min ago", "3 h ago", or a date. */
export function ago(iso: string | null, now: Date): string {
  if (!iso) return 'never';
  const minutes = Math.round((now.getTime() - new Date(iso).getTime()) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${minutes} min ago`;
  if (minutes < 24 * 60) return `${Math.round(minutes / 60)} h ago`;
  return new Date(iso).toLocaleDateString();
}
