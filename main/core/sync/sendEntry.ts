import { AppError, assertNever } from '../../../shared/errors.js';
import type { Task, TimeEntry } from '../../../shared/model.js';
import type { Cache } from '../cache/index.js';
import type { EntryOf, OutboxChange, SoundEntry } from '../cache/outboxRepo.js';
import type { ProviderAdapter, ProviderSession } from '../providers/types.js';
import { sendNoteCreate, sendNoteUpdate } from './sendNote.js';
import { sendResolution } from './sendResolution.js';
import { sendTimeCreate, sendTimeDelete, sendTimeUpdate } from './sendTime.js';
import { sendUpdate } from './sendUpdate.js';

/** What became of one outbox entry on the server. */
export type SendOutcome =
  /** `time` is the booked entry as the server keeps it (time.* entries only). */
  | { kind: 'done'; task: Task | null; time?: TimeEntry | null }
  | {
      kind: 'conflict';
      conflictId: string;
      /**
       * What the entry becomes while the conflict is open: unset keeps it held as it is,
       * a change rewrites it in place (a resolution that met a new server edit goes back
       * to being the user's held edit), null drops it (nothing of it is left to send).
       */
      heldAs?: OutboxChange | null;
    };

/** Clock skew allowed when looking for a create that may already have landed. */
const FIND_SKEW_MS = 5 * 60_000;

export interface SendDeps {
  cache: Cache;
  session: ProviderSession;
  adapter: ProviderAdapter;
  now: () => Date;
}

/**
 * Sends one entry. Whatever an earlier attempt may already have done on the
 * server (a reply lost, a crash mid-send) is looked up first: a create is
 * searched for, an update compares with the server before writing, a delete
 * of something gone is done.
 */
export async function sendEntry(deps: SendDeps, entry: SoundEntry, attempt: number): Promise<SendOutcome> {
  const { cache, session } = deps;
  switch (entry.op) {
    case 'task.create':
      return sendCreate(deps, entry, attempt);
    case 'task.update':
      return sendUpdate(deps, entry, requireTask(cache.tasks.get(entry.key), entry));
    case 'task.delete': {
      const doomed = entry.payload.task;
      if (!session.deleteTask) throw new AppError('unsupported', `Deleting tasks is not possible on ${doomed.provider}`);
      deps.cache.outbox.markSending(entry.id, deps.now().toISOString());
      await session.deleteTask(doomed).catch((error: unknown) => {
        if (!(error instanceof AppError && error.code === 'not-found')) throw error;
      });
      return { kind: 'done', task: null };
    }
    case 'comment.add':
      return sendComment(deps, entry, requireTask(cache.tasks.get(entry.key), entry));
    case 'note.create':
      return sendNoteCreate(deps, entry, attempt);
    case 'note.update':
      return sendNoteUpdate(deps, entry);
    case 'time.create':
      return sendTimeCreate(deps, entry, attempt);
    case 'time.update':
      return sendTimeUpdate(deps, entry);
    case 'time.delete':
      return sendTimeDelete(deps, entry);
    case 'conflict.resolve':
      return sendResolution(deps, entry, cache.tasks.get(entry.key));
    default:
      return assertNever(entry);
  }
}

function requireTask(task: Task | null, entry: SoundEntry): Task {
  if (!task || !task.remoteId) {
    throw new AppError('not-found', `The task of this change (${entry.key}) is no longer in the cache or has no server id yet`);
  }
  return task;
}

async function sendCreate(deps: SendDeps, entry: EntryOf<'task.create'>, attempt: number): Promise<SendOutcome> {
  const input = entry.payload.task;
  if (entry.firstSentAt || attempt > 1) {
    const since = new Date(Date.parse(entry.firstSentAt ?? deps.now().toISOString()) - FIND_SKEW_MS);
    const existing = await deps.session.findCreatedTask(input, since);
    if (existing) return { kind: 'done', task: existing };
  }
  deps.cache.outbox.markSending(entry.id, deps.now().toISOString());
  return { kind: 'done', task: await deps.session.createTask(input) };
}

/** A comment an earlier attempt may have posted is looked for (same text) before posting again. */
async function sendComment(deps: SendDeps, entry: EntryOf<'comment.add'>, task: Task): Promise<SendOutcome> {
  const { session } = deps;
  if (!session.addComment) throw new AppError('unsupported', 'Comments are not supported by this provider');
  const text = entry.payload.text.trim();
  if (entry.firstSentAt && session.listComments) {
    const posted = await session.listComments(task);
    if (posted.some((c) => c.text.trim() === text)) return { kind: 'done', task: null };
  }
  deps.cache.outbox.markSending(entry.id, deps.now().toISOString());
  await session.addComment(task, entry.payload.text);
  return { kind: 'done', task: null };
}
