import { AppError } from '../../../shared/errors.js';
import { PROVIDER_NAMES, type ProviderId } from '../../../shared/model.js';
import type { EntryOf } from '../cache/outboxRepo.js';
import type { SendDeps, SendOutcome } from './sendEntry.js';

/** Clock skew allowed when looking for a booking that may already have landed. */
const FIND_SKEW_MS = 5 * 60_000;

function providerOf(deps: SendDeps): ProviderId {
  return deps.adapter.id;
}

function unsupported(deps: SendDeps, what: string): AppError {
  const provider = providerOf(deps);
  return new AppError('unsupported', `${PROVIDER_NAMES[provider]} does not let clients ${what}`, { provider });
}

/**
 * Books time. A reply may have been lost on an earlier attempt: where the
 * service lists entries, the same booking made since the first send is looked
 * for before booking again.
 */
export async function sendTimeCreate(deps: SendDeps, entry: EntryOf<'time.create'>, attempt: number): Promise<SendOutcome> {
  const { session } = deps;
  if (!session.logTime) throw unsupported(deps, 'book time');
  const input = entry.payload.entry;
  if ((entry.firstSentAt || attempt > 1) && session.findLoggedTime) {
    const since = new Date(Date.parse(entry.firstSentAt ?? deps.now().toISOString()) - FIND_SKEW_MS);
    const existing = await session.findLoggedTime(input, since);
    if (existing) return { kind: 'done', task: null, time: existing };
  }
  deps.cache.outbox.markSending(entry.id, deps.now().toISOString());
  return { kind: 'done', task: null, time: await session.logTime(input) };
}

/** Rewriting an entry to the same values twice is harmless, so an edit is simply sent again. */
export async function sendTimeUpdate(deps: SendDeps, entry: EntryOf<'time.update'>): Promise<SendOutcome> {
  const { session } = deps;
  if (!session.editTime) throw unsupported(deps, 'change booked time');
  deps.cache.outbox.markSending(entry.id, deps.now().toISOString());
  const before = { ...entry.payload.before, key: entry.key };
  return { kind: 'done', task: null, time: await session.editTime(before, entry.payload.entry) };
}

/** An entry the server no longer has is what the user asked for. */
export async function sendTimeDelete(deps: SendDeps, entry: EntryOf<'time.delete'>): Promise<SendOutcome> {
  const { session } = deps;
  if (!session.deleteTime) throw unsupported(deps, 'delete booked time');
  deps.cache.outbox.markSending(entry.id, deps.now().toISOString());
  await session.deleteTime({ ...entry.payload.entry, key: entry.key }).catch((error: unknown) => {
    if (!(error instanceof AppError && error.code === 'not-found')) throw error;
  });
  return { kind: 'done', task: null, time: null };
}
