import type { MutationResult } from '../../../shared/contract.js';
import { AppError } from '../../../shared/errors.js';
import type { Task, TaskPatch } from '../../../shared/model.js';
import type { Cache } from '../cache/index.js';
import type { EntryOf } from '../cache/outboxRepo.js';
import type { ConflictResolution } from '../providers/types.js';
import { editableOnly, resolvedValues } from '../sync/merge.js';
import type { Mutations } from './mutations.js';

export interface ResolveInput {
  id: string;
  keep?: 'mine' | 'theirs';
  merged?: Record<string, unknown>;
  deleteWrite?: 'keep' | 'drop';
}

interface StoredResolution {
  resolution: ConflictResolution;
  /** The held edits the resolution replaced, put back on undo. */
  heldPatch: TaskPatch;
}

export interface ConflictActions {
  resolve(input: ResolveInput): Promise<MutationResult>;
  undo(id: string): Promise<MutationResult>;
}

/** Settling a conflict is an outbox entry like any other change, and can be undone. */
export function createConflictActions(cache: Cache, mutations: Mutations): ConflictActions {
  const heldUpdates = (key: string): EntryOf<'task.update'>[] =>
    cache.outbox.list().filter((e): e is EntryOf<'task.update'> => e.key === key && e.op === 'task.update');

  return {
    async resolve(input) {
      const conflict = cache.conflicts.get(input.id);
      if (!conflict) throw new AppError('not-found', `No conflict with id ${input.id}`, { field: 'id' });
      if (conflict.resolvedAt) throw new AppError('conflict', 'This conflict is already settled; undo it first to choose again');
      const before = cache.tasks.get(conflict.key);
      const held = heldUpdates(conflict.key);
      const heldPatch: TaskPatch = Object.assign({}, ...held.map((e) => e.payload.patch));
      const resolution: ConflictResolution = input.deleteWrite
        ? { kind: input.deleteWrite }
        : { kind: 'fields', values: { ...heldPatch, ...resolvedValues(conflict.fields, input) } };
      const entryId = cache.transaction(() => {
        for (const entry of held) cache.outbox.remove(entry.id);
        if (resolution.kind === 'fields' && before) cache.tasks.applyPatch(before.key, editableOnly(resolution.values));
        if (resolution.kind === 'drop' && before) cache.tasks.remove(before.key);
        cache.conflicts.markResolved(conflict.id, { resolution, heldPatch } satisfies StoredResolution, before);
        cache.outbox.release(conflict.key);
        return cache.outbox.add({
          accountId: conflict.accountId,
          op: 'conflict.resolve',
          key: conflict.key,
          payload: { conflictId: conflict.id, resolution },
        });
      });
      return mutations.settle(conflict.accountId, entryId, conflict.key);
    },

    async undo(id) {
      const conflict = cache.conflicts.get(id);
      if (!conflict?.resolvedAt) throw new AppError('conflict', 'Only a settled conflict can be undone', { field: 'id' });
      const unsent = cache.outbox.list().find((e) => e.op === 'conflict.resolve' && e.payload.conflictId === id);
      if (!unsent && conflict.kind !== 'offline-edit') {
        throw new AppError('conflict', 'This conflict was already settled on the server, which keeps no copy to bring back');
      }
      const stored = cache.conflicts.resolution(id) as StoredResolution | null;
      cache.transaction(() => {
        if (unsent) cache.outbox.remove(unsent.id);
        const before: Task | null = cache.conflicts.reopen(id);
        if (before) cache.tasks.replace(before);
        const patch = stored?.heldPatch ?? {};
        if (Object.keys(patch).length > 0) {
          cache.outbox.add({ accountId: conflict.accountId, op: 'task.update', key: conflict.key, payload: { patch } });
        }
        cache.outbox.markHeld(conflict.key);
      });
      return { key: conflict.key, state: 'queued', remoteId: cache.tasks.get(conflict.key)?.remoteId ?? null, error: null };
    },
  };
}
