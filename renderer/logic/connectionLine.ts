import type { ErrorPayload } from '../../shared/errors.js';
import type { OfflineProvider } from './syncSummary.js';

export const OFFLINE_LINE = 'Offline — changes are kept and sent when you’re back';
export const HOST_LOST_LINE = 'Not connected to Worktray — reconnecting';

/** One provider's reason, for the details disclosure. */
export interface ProviderReason {
  provider: OfflineProvider['provider'];
  name: string;
  accounts: string[];
  words: string;
}

/** The single connection line: nothing, everything offline, or some services named. */
export type ConnectionLine = { kind: 'online' } | { kind: 'offline' | 'partial'; text: string; reasons: ProviderReason[] };

/** "A", "A and B", "A, B and C". */
export function listNames(names: string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}

/**
 * The provider's words and code, each once: the core's message often already
 * carries the code ("… (ECONNRESET)"), and appending it again doubled it.
 */
export function reasonWords(error: ErrorPayload | null): string {
  if (!error) return 'No answer from the service.';
  const parts = [error.message.trim()];
  const own = error.providerMessage?.trim();
  if (own && !parts.some((p) => p.includes(own))) parts.push(own);
  const code = error.providerCode === null ? '' : String(error.providerCode).trim();
  const text = parts.join(' — ');
  return code && !text.includes(code) ? `${text} (${code})` : text;
}

/** Folds the unreachable services into one line; `accountCount` is every account that has a sync status. */
export function connectionLine(offline: OfflineProvider[], accountCount: number): ConnectionLine {
  if (offline.length === 0) return { kind: 'online' };
  const reasons = offline.map((entry) => ({
    provider: entry.provider,
    name: entry.name,
    accounts: entry.accounts,
    words: reasonWords(entry.error),
  }));
  const down = offline.reduce((sum, entry) => sum + entry.accounts.length, 0);
  if (down >= accountCount) return { kind: 'offline', text: OFFLINE_LINE, reasons };
  return { kind: 'partial', text: `${listNames(offline.map((e) => e.name))} unreachable`, reasons };
}
