import { AppError } from '../../../shared/errors.js';
import type { Conflict, FieldConflict, Task } from '../../../shared/model.js';
import type { EntryOf } from '../cache/outboxRepo.js';
import type { ConflictDraft, ConflictResolution } from '../providers/types.js';
import { editableOnly, sameValue, threeWayMerge } from './merge.js';
import type { SendDeps, SendOutcome } from './sendEntry.js';
import { deleteWriteDraft, write } from './sendUpdate.js';

type ResolveEntry = EntryOf<'conflict.resolve'>;

/**
 * Sends the user's settlement. If the server changed again meanwhile (the
 * core's compare finds a new collision, or the server itself says so), the
 * conflict opens again with the user's merge as "mine" and the server's new
 * version as "theirs"; the merge waits, held, as the user's edit. Nothing the
 * user chose is dropped.
 */
export async function sendResolution(deps: SendDeps, entry: ResolveEntry, task: Task | null): Promise<SendOutcome> {
  const conflict = deps.cache.conflicts.get(entry.payload.conflictId);
  if (!conflict) return { kind: 'done', task: null };
  const { resolution } = entry.payload;
  if (conflict.kind !== 'offline-edit' && deps.session.resolveConflict) {
    return resolveOnServer(deps, entry, conflict, resolution, task);
  }
  if (resolution.kind === 'drop' || !task) return { kind: 'done', task: null };
  const theirs = task.remoteId ? await deps.session.getTask(task.projectRemoteId, task.remoteId) : null;
  const values = resolution.kind === 'fields' ? editableOnly(resolution.values) : {};
  // The user merged against the server's version the conflict showed; a newer one is compared with that.
  const seen = { ...(deps.cache.tasks.base(task.key) ?? task), ...theirsOf(conflict.fields) };
  if (!theirs) {
    // Deleted on the server while the user was merging: ask again, keeping the merge.
    if (resolution.kind === 'fields' && conflict.kind !== 'delete-write') {
      return reopen(deps, entry, conflict, deleteWriteDraft(task, seen, values), values);
    }
    return recreate(deps, entry, task);
  }
  const merged = threeWayMerge(seen, values, theirs, deps.adapter.unorderedFields ?? []);
  const again = (fields: Record<string, FieldConflict>): SendOutcome =>
    reopen(
      deps,
      entry,
      conflict,
      { kind: conflict.kind, title: theirs.title, fields, serverItems: conflict.serverItems },
      values,
    );
  if (Object.keys(merged.conflicts).length > 0) return again(merged.conflicts);
  return write(deps, entry, theirs, merged.patch, (draft) => again(mineOver(draft.fields, values)));
}

/** Deleted on the server and the user keeps it: made again from what the cache holds, looked for first if sent before. */
async function recreate(deps: SendDeps, entry: ResolveEntry, task: Task): Promise<SendOutcome> {
  const input = { projectRemoteId: task.projectRemoteId, title: task.title, details: task.details, dueDate: task.dueDate };
  if (entry.firstSentAt) {
    const made = await deps.session.findCreatedTask(input, new Date(Date.parse(entry.firstSentAt) - 5 * 60_000));
    if (made) return { kind: 'done', task: made };
  }
  deps.cache.outbox.markSending(entry.id, deps.now().toISOString());
  return { kind: 'done', task: await deps.session.createTask(input) };
}

async function resolveOnServer(
  deps: SendDeps,
  entry: ResolveEntry,
  conflict: Conflict,
  resolution: ConflictResolution,
  task: Task | null,
): Promise<SendOutcome> {
  const fetch = (): Promise<Task | null> =>
    task?.remoteId ? deps.session.getTask(task.projectRemoteId, task.remoteId) : Promise.resolve(null);
  deps.cache.outbox.markSending(entry.id, deps.now().toISOString());
  try {
    await deps.session.resolveConflict?.(conflict, resolution);
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'conflict')) throw error;
    // The server says the item changed again while the user was settling.
    const values = resolution.kind === 'fields' ? resolution.values : {};
    const fresh = await fetch();
    const fields = againstServer(values, fresh, conflict.fields);
    return reopen(deps, entry, conflict, { ...conflict, title: fresh?.title ?? conflict.title, fields }, values);
  }
  return { kind: 'done', task: await fetch() };
}

/** Opens the conflict again with the user's merge kept as "mine"; the merge stays queued, held, as the user's edit. */
function reopen(
  deps: SendDeps,
  entry: ResolveEntry,
  conflict: Conflict,
  draft: ConflictDraft,
  values: Record<string, unknown>,
): SendOutcome {
  deps.cache.conflicts.reopenWith(conflict.id, draft);
  const patch = editableOnly(values);
  return {
    kind: 'conflict',
    conflictId: conflict.id,
    heldAs: Object.keys(patch).length > 0 ? { op: 'task.update', payload: { patch } } : null,
  };
}

function theirsOf(fields: Record<string, FieldConflict>): Partial<Task> {
  return Object.fromEntries(Object.entries(fields).map(([f, c]) => [f, c.theirs]));
}

/** The provider's conflict fields, with the user's merge as "mine" wherever the user chose a value. */
function mineOver(fields: Record<string, FieldConflict>, values: Record<string, unknown>): Record<string, FieldConflict> {
  const out: Record<string, FieldConflict> = {};
  for (const [f, c] of Object.entries(fields)) out[f] = f in values ? { ...c, mine: values[f] } : c;
  return out;
}

/** Per chosen field: what the user saw as theirs, the user's choice, and the server's value now. */
function againstServer(
  values: Record<string, unknown>,
  fresh: Task | null,
  seen: Record<string, FieldConflict>,
): Record<string, FieldConflict> {
  const out: Record<string, FieldConflict> = {};
  const names = new Set([...Object.keys(seen), ...Object.keys(values)]);
  for (const f of names) {
    const theirs = fresh ? (fresh as unknown as Record<string, unknown>)[f] : null;
    const mine = f in values ? values[f] : seen[f]?.mine;
    if (f in seen || !sameValue(mine, theirs)) out[f] = { base: seen[f]?.theirs ?? null, mine, theirs };
  }
  return out;
}
