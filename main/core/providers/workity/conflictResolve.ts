import { AppError } from '../../../../shared/errors.js';
import type { Conflict } from '../../../../shared/model.js';
import type { ConflictResolution } from '../types.js';
import type { ItemIds, WorkityClient } from './client.js';
import { DELETE_WRITE_KEYWORD, WRITE_WRITE_KEYWORD, entriesOf, type ConflictEntry } from './conflictItems.js';
import { dueDateToWire } from './validate.js';

type Kind = ConflictEntry['kind'];

function ids(kind: Kind, id: string): ItemIds {
  return kind === 'task' ? { taskIds: [id] } : kind === 'note' ? { noteIds: [id] } : { fileIds: [id] };
}

/** A comma list of ids from Conflict.serverItems, kept as text (64-bit). */
function idList(text: string | undefined): string[] {
  return (text ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => /^\d+$/.test(id) && BigInt(id) > 0n);
}

async function current(client: WorkityClient, kind: Kind, id: string): Promise<ConflictEntry> {
  const [entry] = entriesOf(await client.getItems(ids(kind, id)));
  if (!entry)
    throw new AppError('not-found', `The Workity ${kind} ${id} of this conflict no longer exists`, { provider: 'workity' });
  return entry;
}

/** Saves `values` over the item's current content with the next revision (and the status through UpdateTaskStatus). */
async function saveMerged(client: WorkityClient, entry: ConflictEntry, values: Record<string, unknown>): Promise<void> {
  const text = (field: 'title' | 'details'): string => (typeof values[field] === 'string' ? values[field] : entry[field]);
  const dueDate = 'dueDate' in values ? ((values.dueDate as string | null) ?? null) : entry.dueDate;
  const common = { projectId: entry.projectId, newRevision: entry.revision + 1, details: text('details') };
  const code =
    entry.kind === 'task'
      ? await client.saveTask({ ...common, taskId: entry.id, title: text('title'), dueDate: dueDateToWire(dueDate) })
      : entry.kind === 'note'
        ? await client.saveNote({ ...common, noteId: entry.id, title: text('title') })
        : await client.saveFile({ ...common, fileId: entry.id });
  if (code !== 0)
    throw new AppError(
      'conflict',
      'Someone changed this Workity item again while the conflict was being resolved; sync and try again',
      { provider: 'workity', providerCode: code },
    );
  const status = values.status;
  if (entry.kind === 'task' && (status === 'done' || status === 'open') && status !== entry.status) {
    await client.updateTaskStatus(entry.id, status === 'done');
  }
}

/** Write-write: the merged content goes into the original, the copy is deleted, keyword 1 removed. */
async function resolveWriteWrite(client: WorkityClient, conflict: Conflict, resolution: ConflictResolution): Promise<void> {
  const { original, originalKind, copy, copyKind } = conflict.serverItems;
  if (!original || !copy)
    throw new AppError('validation', 'This conflict does not name both Workity items', { provider: 'workity' });
  const originalRef = { kind: (originalKind ?? 'task') as Kind, id: original };
  const copyRef = { kind: (copyKind ?? originalRef.kind) as Kind, id: copy };
  if (resolution.kind === 'fields') {
    await saveMerged(client, await current(client, originalRef.kind, originalRef.id), resolution.values);
  } else if (resolution.kind === 'drop') {
    const theirs = await current(client, copyRef.kind, copyRef.id);
    await saveMerged(client, await current(client, originalRef.kind, originalRef.id), {
      title: theirs.title,
      details: theirs.details,
      status: theirs.status,
      dueDate: theirs.dueDate,
    });
  }
  await client.deleteItems(ids(copyRef.kind, copyRef.id));
  await client.removeKeywords(ids(originalRef.kind, originalRef.id), [WRITE_WRITE_KEYWORD]);
}

/** Delete-write: keep the new item (re-assign this user and the original's persons and keywords, drop keyword 2) or delete it. */
async function resolveDeleteWrite(
  client: WorkityClient,
  conflict: Conflict,
  resolution: ConflictResolution,
  userId: string,
): Promise<void> {
  const { copy, copyKind, personIds, keywordIds } = conflict.serverItems;
  if (!copy)
    throw new AppError('validation', 'This conflict does not name the Workity item to keep or delete', { provider: 'workity' });
  const ref = ids((copyKind ?? 'task') as Kind, copy);
  if (resolution.kind === 'drop') {
    await client.deleteItems(ref);
    return;
  }
  if (resolution.kind === 'fields')
    await saveMerged(client, await current(client, (copyKind ?? 'task') as Kind, copy), resolution.values);
  await client.addPersons(ref, [...new Set([userId, ...idList(personIds)])]);
  const keywords = idList(keywordIds);
  if (keywords.length > 0) await client.addKeywords(ref, keywords);
  await client.removeKeywords(ref, [DELETE_WRITE_KEYWORD]);
}

export function resolveOnServer(
  client: WorkityClient,
  conflict: Conflict,
  resolution: ConflictResolution,
  userId: string,
): Promise<void> {
  if (conflict.kind === 'write-write') return resolveWriteWrite(client, conflict, resolution);
  if (conflict.kind === 'delete-write') return resolveDeleteWrite(client, conflict, resolution, userId);
  return Promise.reject(
    new AppError('unsupported', 'Workity resolves only its own write-write and delete-write conflicts on the server', {
      provider: 'workity',
    }),
  );
}
