import { AppError } from '../../../shared/errors.js';
import type { WorkityItem } from '../../../shared/model.js';
import type { Cache } from '../cache/index.js';
import type { EntryOf } from '../cache/outboxRepo.js';
import type { SendDeps, SendOutcome } from './sendEntry.js';

/** Clock skew allowed when looking for a create that may already have landed. */
const FIND_SKEW_MS = 5 * 60_000;

/** Puts one item into the cached items of its project, dropping `replaces` (a local note now on the server). */
export function putItem(cache: Cache, item: WorkityItem, replaces: string = item.key): void {
  const others = cache.records
    .items(item.accountId, item.projectRemoteId)
    .filter((i) => i.key !== replaces && i.key !== item.key);
  cache.records.replaceItems(item.accountId, item.projectRemoteId, [...others, item]);
}

/** Finds the cached note an entry is about (key of a note, local or from the server). */
export function cachedItem(cache: Cache, accountId: string, key: string): WorkityItem | null {
  return cache.records.items(accountId).find((i) => i.key === key) ?? null;
}

/** A create an earlier attempt may have made is looked for (same project and title) before making it again. */
export async function sendNoteCreate(deps: SendDeps, entry: EntryOf<'note.create'>, attempt: number): Promise<SendOutcome> {
  const { session, cache } = deps;
  if (!session.createNote || !session.findCreatedNote) throw new AppError('unsupported', 'This provider has no notes');
  const input = entry.payload.note;
  let note: WorkityItem | null = null;
  if (entry.firstSentAt || attempt > 1) {
    const since = new Date(Date.parse(entry.firstSentAt ?? deps.now().toISOString()) - FIND_SKEW_MS);
    note = await session.findCreatedNote(input, since);
  }
  if (!note) {
    cache.outbox.markSending(entry.id, deps.now().toISOString());
    note = await session.createNote(input);
  }
  // The local key stays findable so `note add` can tell the caller the server's id.
  putItem(cache, { ...note, extras: { ...note.extras, localKey: entry.key } }, entry.key);
  return { kind: 'done', task: null };
}

/** An edit that already landed (lost reply) is not saved again: that would make a conflict copy of our own edit. */
export async function sendNoteUpdate(deps: SendDeps, entry: EntryOf<'note.update'>): Promise<SendOutcome> {
  const { session, cache } = deps;
  if (!session.updateNote || !session.getNote) throw new AppError('unsupported', 'This provider has no notes');
  const note = cachedItem(cache, entry.accountId, entry.key);
  if (!note) throw new AppError('not-found', `The note of this change (${entry.key}) is no longer in the cache`);
  const patch = entry.payload.patch;
  if (entry.firstSentAt) {
    const theirs = await session.getNote(note.remoteId);
    if (theirs && (patch.title ?? theirs.title) === theirs.title && (patch.text ?? theirs.details) === theirs.details) {
      putItem(cache, theirs);
      return { kind: 'done', task: null };
    }
  }
  cache.outbox.markSending(entry.id, deps.now().toISOString());
  const outcome = await session.updateNote(note, patch);
  // The conflict record carries the edit as "mine"; kept held, it would be sent again with a stale revision after settling.
  if (outcome.kind === 'conflict') {
    const conflictId = deps.cache.conflicts.add({ accountId: entry.accountId, key: entry.key, ...outcome.conflict });
    return { kind: 'conflict', conflictId, heldAs: null };
  }
  putItem(cache, outcome.note);
  return { kind: 'done', task: null };
}
