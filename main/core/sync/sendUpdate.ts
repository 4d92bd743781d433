import type { Task, TaskPatch } from '../../../shared/model.js';
import type { EntryOf } from '../cache/outboxRepo.js';
import type { ConflictDraft } from '../providers/types.js';
import { alreadyApplied, threeWayMerge } from './merge.js';
import type { SendDeps, SendOutcome } from './sendEntry.js';

/** The list fields a provider keeps as sets, from its adapter (data, not a code path). */

/**
 * The one conflict path for an edit. The core reads the server's version once,
 * merges base, mine and theirs field by field, and asks the provider only to
 * write what is left. A service that guards writes by revision itself
 * (Workity) is written to directly; its conflict copies come back as the same
 * conflict records.
 */
export async function sendUpdate(deps: SendDeps, entry: EntryOf<'task.update'>, current: Task): Promise<SendOutcome> {
  const { cache, session } = deps;
  const patch = entry.payload.patch;
  const base = cache.tasks.base(entry.key) ?? current;
  const unordered = deps.adapter.unorderedFields ?? [];
  if (deps.adapter.capabilities.conflictCopies) {
    if (entry.firstSentAt) {
      // An earlier attempt may have landed; sending the same revision again would make a conflict copy.
      const theirs = await session.getTask(current.projectRemoteId, current.remoteId as string);
      if (theirs && alreadyApplied(theirs, patch, unordered)) return { kind: 'done', task: theirs };
    }
    return write(deps, entry, base, patch);
  }
  const theirs = await session.getTask(current.projectRemoteId, current.remoteId as string);
  if (!theirs) return recordConflict(deps, entry, deleteWriteDraft(current, base, patch));
  const merged = threeWayMerge(base, patch, theirs, unordered);
  if (Object.keys(merged.conflicts).length > 0) {
    return recordConflict(deps, entry, {
      kind: 'offline-edit',
      title: theirs.title,
      fields: merged.conflicts,
      serverItems: { original: theirs.remoteId as string },
    });
  }
  return write(deps, entry, theirs, merged.patch);
}

/** Writes `patch` onto `task` (nothing when nothing is left); a server that refuses a stale revision gives a conflict. */
export async function write(
  deps: SendDeps,
  entry: { id: number; accountId: string; key: string },
  task: Task,
  patch: TaskPatch,
  onConflict: (draft: ConflictDraft) => SendOutcome = (draft) => recordConflict(deps, entry, draft),
): Promise<SendOutcome> {
  if (Object.keys(patch).length === 0) return { kind: 'done', task };
  deps.cache.outbox.markSending(entry.id, deps.now().toISOString());
  const outcome = await deps.session.updateTask(task, patch);
  return outcome.kind === 'saved' ? { kind: 'done', task: outcome.task } : onConflict(outcome.conflict);
}

export function recordConflict(deps: SendDeps, entry: { accountId: string; key: string }, draft: ConflictDraft): SendOutcome {
  return { kind: 'conflict', conflictId: deps.cache.conflicts.add({ accountId: entry.accountId, key: entry.key, ...draft }) };
}

/** My edit met a server that no longer has the task. */
export function deleteWriteDraft(current: Task, base: Task, patch: TaskPatch): ConflictDraft {
  return {
    kind: 'delete-write',
    title: current.title,
    fields: Object.fromEntries(
      Object.entries(patch).map(([f, v]) => [f, { base: base[f as keyof Task], mine: v, theirs: null }]),
    ),
    serverItems: { original: current.remoteId as string },
  };
}
