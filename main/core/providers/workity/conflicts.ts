import { recordKey, type FieldConflict, type Task, type TaskPatch } from '../../../../shared/model.js';
import type { ConflictDraft, FoundConflict } from '../types.js';
import type { WorkityClient } from './client.js';
import {
  COMPARED_FIELDS,
  DELETE_WRITE_KEYWORD,
  WRITE_WRITE_KEYWORD,
  entriesOf,
  newestCopyOf,
  pairWriteWrite,
  valueOf,
  type ConflictEntry,
} from './conflictItems.js';
import { compareIds, type Items } from './schema.js';
import { wireId } from './wireArgs.js';

/** Ids a pull stored in extras: text now, numbers in a cache written before ids were kept as text. */
function idsInExtras(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String).filter((id) => /^-?\d+$/.test(id)) : [];
}

/**
 * The server items a conflict involves, as Conflict.serverItems. The cache
 * recognises a conflict it already holds by key, kind and this exact object,
 * so SaveTask's answer and a later pull must build it the same way.
 */
function serverItems(
  original: { kind: string; id: string } | null,
  copy: ConflictEntry,
  projectId: string,
): Record<string, string> {
  const items: Record<string, string> = { project: projectId };
  if (original) Object.assign(items, { original: original.id, originalKind: original.kind });
  return Object.assign(items, { copy: copy.id, copyKind: copy.kind });
}

/** What a kept delete-write item gets back (seed: "re-assigned with related persons and keywords"). */
function relatedOf(entry: ConflictEntry): Record<string, string> {
  const userKeywords = entry.keywordIds.filter((k) => compareIds(k, DELETE_WRITE_KEYWORD) > 0);
  return { personIds: entry.personIds.join(','), keywordIds: userKeywords.join(',') };
}

function differing(mine: ConflictEntry, theirs: ConflictEntry | null): Record<string, FieldConflict> {
  const fields: Record<string, FieldConflict> = {};
  for (const field of COMPARED_FIELDS) {
    const a = valueOf(mine, field);
    const b = theirs ? valueOf(theirs, field) : null;
    if (a !== b) fields[field] = { base: null, mine: a, theirs: b };
  }
  return fields;
}

/** Conflicts the server holds (items tagged keyword 1 or 2), oriented by who last modified each side. */
export function conflictsInItems(items: Items, accountId: string, userId: string | null): FoundConflict[] {
  const entries = entriesOf(items);
  const found: FoundConflict[] = [];
  for (const { original, copy } of pairWriteWrite(entries.filter((e) => e.keywordIds.includes(WRITE_WRITE_KEYWORD)))) {
    const copyIsMine = userId !== null && copy.modifiedById === userId && original.modifiedById !== userId;
    const [mine, theirs] = copyIsMine ? [copy, original] : [original, copy];
    found.push({
      key: recordKey('workity', accountId, original.kind, original.id),
      kind: 'write-write',
      title: original.title,
      fields: differing(mine, theirs),
      serverItems: serverItems(original, copy, original.projectId),
    });
  }
  // A delete-write item this user's own save made was reported by that save (under the deleted task's key).
  const deleteWrite = entries.filter((e) => e.keywordIds.includes(DELETE_WRITE_KEYWORD) && e.modifiedById !== userId);
  for (const copy of deleteWrite) {
    found.push({
      key: recordKey('workity', accountId, copy.kind, copy.id),
      kind: 'delete-write',
      title: copy.title,
      fields: differing(copy, null),
      serverItems: serverItems(null, copy, copy.projectId),
    });
  }
  return found;
}

function patchedEntry(base: Task, patch: TaskPatch): ConflictEntry {
  return {
    kind: 'task',
    id: wireId('remoteId', base.remoteId ?? ''),
    projectId: wireId('projectRemoteId', base.projectRemoteId),
    title: patch.title ?? base.title,
    details: patch.details ?? base.details,
    status: (patch.status ?? base.status) === 'done' ? 'done' : 'open',
    dueDate: patch.dueDate === undefined ? base.dueDate : patch.dueDate,
    personIds: idsInExtras(base.extras.personIds),
    keywordIds: idsInExtras(base.extras.keywordIds),
    modifiedById: '0',
    revision: Number(base.revision),
  };
}

/** After SaveTask answered 1 or 2: finds the copy (GetItemsByAdvancedSearch on keyword 1 or 2) and drafts the conflict. */
export async function conflictAfterSave(
  client: WorkityClient,
  base: Task,
  patch: TaskPatch,
  code: 1 | 2,
): Promise<ConflictDraft> {
  return conflictAfterItemSave(
    client,
    patchedEntry(base, patch),
    (field) => (field === 'status' ? base.status : base[field]),
    code,
  );
}

/**
 * The same for any item kind (SaveNote answers alike): `mine` is the item as
 * this client tried to save it, `baseOf` its fields as last read.
 */
export async function conflictAfterItemSave(
  client: WorkityClient,
  mine: ConflictEntry,
  baseOf: (field: (typeof COMPARED_FIELDS)[number]) => unknown,
  code: 1 | 2,
): Promise<ConflictDraft> {
  const keyword = code === 1 ? WRITE_WRITE_KEYWORD : DELETE_WRITE_KEYWORD;
  const items = await client.getItemsByAdvancedSearch({
    projectIds: [mine.projectId],
    keywordIds: [keyword],
    unfinishedTasks: mine.kind === 'task',
    finishedTasks: mine.kind === 'task',
    notes: mine.kind !== 'task',
    files: false,
  });
  const copy = newestCopyOf(mine, entriesOf(items));
  const theirs = code === 1 ? copy : null;
  const fields = differing(mine, theirs);
  for (const field of COMPARED_FIELDS) {
    const entry = fields[field];
    if (entry) entry.base = baseOf(field);
  }
  const kind = code === 1 ? 'write-write' : 'delete-write';
  const involved = copy
    ? serverItems(mine, copy, mine.projectId)
    : { project: mine.projectId, original: mine.id, originalKind: mine.kind };
  if (code === 2) Object.assign(involved, relatedOf(mine));
  return { kind, title: mine.title, fields, serverItems: involved };
}
