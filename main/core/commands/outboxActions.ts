import type { MutationResult, OutboxEntryView } from '../../../shared/contract.js';
import { AppError } from '../../../shared/errors.js';
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

function titleOf(cache: Cache, entry: OutboxEntry): string {
  const queued = entry.op === 'task.create' || entry.op === 'task.delete' ? entry.payload.task.title : null;
  if (entry.op === 'time.create' || entry.op === 'time.update' || entry.op === 'time.delete')
    return timeTitle(entry.payload.entry);
  return cache.tasks.get(entry.key)?.title ?? queued ?? entry.key;
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
