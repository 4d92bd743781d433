import type { MutationResult, OutboxChangeFacts, OutboxEntryView } from '../../../shared/contract.js';
import { AppError } from '../../../shared/errors.js';
import { parseKey, recordKey } from '../../../shared/model.js';
import type { Cache } from '../cache/index.js';
import type { OutboxEntry } from '../cache/outboxRepo.js';
import type { Mutations } from './mutations.js';
import { discardTime, timeTitle } from './timeEntries.js';

export interface OutboxActions {
  list(): OutboxEntryView[];
  retry(id: number): Promise<MutationResult>;
  /** Drops a change the user gave up on and puts the cache back as the server has it. */
  discard(id: number): void;
}

/** The task a time entry is booked on, when the cache has it: "Log 1 h on “Call printer”" reads better than the note. */
function bookedTaskTitle(cache: Cache, entry: OutboxEntry, taskRemoteId: string | null): string | null {
  const parsed = parseKey(entry.key);
  if (!taskRemoteId || !parsed) return null;
  return cache.tasks.get(recordKey(parsed.provider, entry.accountId, 'task', taskRemoteId))?.title ?? null;
}

function titleOf(cache: Cache, entry: OutboxEntry): string {
  const queued = entry.op === 'task.create' || entry.op === 'task.delete' ? entry.payload.task.title : null;
  if (entry.op === 'time.create' || entry.op === 'time.update' || entry.op === 'time.delete')
    return bookedTaskTitle(cache, entry, entry.payload.entry.taskRemoteId) ?? timeTitle(entry.payload.entry);
  if (entry.op === 'note.create') return entry.payload.note.title;
  return cache.tasks.get(entry.key)?.title ?? queued ?? entry.key;
}

function minutesBetween(start: string, end: string): number | null {
  const ms = Date.parse(end) - Date.parse(start);
  return Number.isFinite(ms) ? Math.round(ms / 60_000) : null;
}

/** What the outbox list says the change does (shared/messages/outboxWords.ts turns it into words). */
function factsOf(entry: OutboxEntry): OutboxChangeFacts {
  const facts: OutboxChangeFacts = { projectRemoteId: null, fields: [], status: null, dueDate: null, minutes: null };
  switch (entry.op) {
    case 'task.create':
      return { ...facts, projectRemoteId: entry.payload.task.projectRemoteId, dueDate: entry.payload.task.dueDate };
    case 'task.update': {
      const { patch } = entry.payload;
      return { ...facts, fields: Object.keys(patch), status: patch.status ?? null, dueDate: patch.dueDate ?? null };
    }
    case 'time.create':
    case 'time.update':
      return {
        ...facts,
        projectRemoteId: entry.payload.entry.projectRemoteId,
        minutes: minutesBetween(entry.payload.entry.start, entry.payload.entry.end),
      };
    case 'time.delete':
      return { ...facts, projectRemoteId: entry.payload.entry.projectRemoteId, minutes: entry.payload.entry.minutes };
    case 'note.create':
      return { ...facts, projectRemoteId: entry.payload.note.projectRemoteId };
    case 'note.update':
      return { ...facts, fields: Object.keys(entry.payload.patch) };
    default:
      return facts;
  }
}

export function createOutboxActions(cache: Cache, mutations: Mutations): OutboxActions {
  const requireEntry = (id: number): OutboxEntry => {
    const entry = cache.outbox.get(id);
    if (!entry) throw new AppError('not-found', `No outbox entry ${id}`, { field: 'id' });
    return entry;
  };
  return {
    list: () =>
      cache.outbox.list().map((e) => ({
        id: e.id,
        accountId: e.accountId,
        op: e.op === 'damaged' ? e.storedOp : e.op,
        key: e.key,
        title: titleOf(cache, e),
        state: e.state === 'failed' ? 'failed' : 'queued',
        attempts: e.attempts,
        error: e.error,
        createdAt: e.createdAt,
        change: factsOf(e),
      })),
    async retry(id) {
      const entry = requireEntry(id);
      cache.outbox.requeue(id);
      return mutations.settle(entry.accountId, id, entry.key);
    },
    discard(id) {
      const entry = requireEntry(id);
      cache.transaction(() => {
        cache.outbox.remove(id);
        const others = cache.outbox.list().some((e) => e.key === entry.key);
        // A damaged entry's payload is unreadable; its stored op still says what the cache shows for it.
        const op = entry.op === 'damaged' ? entry.storedOp : entry.op;
        if (op === 'task.create' && !others && !cache.tasks.get(entry.key)?.remoteId) cache.tasks.remove(entry.key);
        if (entry.op === 'task.delete') cache.tasks.replace(entry.payload.task);
        discardTime(cache, entry, others);
        if (op === 'task.update' && !others) {
          const server = cache.tasks.serverVersion(entry.key) ?? cache.tasks.base(entry.key);
          if (server) cache.tasks.replace(server);
        }
      });
    },
  };
}
