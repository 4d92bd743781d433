import { AppError, validationError } from '../../../../shared/errors.js';
import type { WorkityItem } from '../../../../shared/model.js';
import type { FileContent, NewFile, NewNote, NoteOutcome, NotePatch } from '../types.js';
import type { WorkityClient } from './client.js';
import type { ConflictEntry } from './conflictItems.js';
import { conflictAfterItemSave } from './conflicts.js';
import { fileFromWire, noteFromWire, type MapContext } from './mapping.js';
import { compareIds } from './schema.js';
import { checkTitle, localDateTime } from './validate.js';
import { wireId } from './wireArgs.js';

/*
 * Workity notes and files, in the unified model (WorkityItem). Notes are
 * guarded by revision like tasks: SaveNote's 1 or 2 becomes the same conflict
 * record a task's SaveTask answer does.
 */

export async function getNote(api: WorkityClient, map: MapContext, remoteId: string): Promise<WorkityItem | null> {
  const items = await api.getItems({ noteIds: [wireId('remoteId', remoteId)] });
  const note = items.NoteItems[0];
  return note ? noteFromWire(map, note) : null;
}

export async function createNote(api: WorkityClient, map: MapContext, input: NewNote): Promise<WorkityItem> {
  checkTitle('title', input.title);
  const id = await api.newNote({ projectId: input.projectRemoteId, title: input.title, details: input.text });
  const note = await getNote(api, map, id);
  if (!note) throw new AppError('protocol', `Workity created note ${id} but does not return it`, { provider: 'workity' });
  return note;
}

/** The newest note of the project with this title modified since `since`: a create whose reply was lost. */
export async function findCreatedNote(
  api: WorkityClient,
  map: MapContext,
  input: NewNote,
  since: Date,
): Promise<WorkityItem | null> {
  const from = localDateTime(new Date(Math.floor(since.getTime() / 60_000) * 60_000 - 60_000));
  const items = await api.getItemsByAdvancedSearch({
    projectIds: [input.projectRemoteId],
    unfinishedTasks: false,
    finishedTasks: false,
    files: false,
    modifiedSince: from,
  });
  const match = items.NoteItems.filter((n) => n.Title === input.title).sort((a, b) => compareIds(b.NoteID, a.NoteID))[0];
  return match ? noteFromWire(map, match) : null;
}

function noteEntry(note: WorkityItem, title: string, details: string): ConflictEntry {
  const ids = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
  return {
    kind: 'note',
    id: note.remoteId,
    projectId: note.projectRemoteId,
    title,
    details,
    status: null,
    dueDate: null,
    personIds: ids(note.extras.personIds),
    keywordIds: ids(note.extras.keywordIds),
    modifiedById: '0',
    revision: Number(note.revision),
  };
}

export async function updateNote(api: WorkityClient, map: MapContext, note: WorkityItem, patch: NotePatch): Promise<NoteOutcome> {
  const revision = Number(note.revision);
  if (!Number.isInteger(revision))
    throw validationError('revision', 'the cached note has no Workity revision; sync first', 'workity');
  const title = patch.title ?? note.title;
  const details = patch.text ?? note.details;
  const code = await api.saveNote({
    projectId: note.projectRemoteId,
    noteId: note.remoteId,
    title: checkTitle('title', title),
    details,
    newRevision: revision + 1,
  });
  if (code !== 0) {
    const base = (field: string) => (field === 'title' ? note.title : field === 'details' ? note.details : null);
    return { kind: 'conflict', conflict: await conflictAfterItemSave(api, noteEntry(note, title, details), base, code) };
  }
  const saved = await getNote(api, map, note.remoteId);
  if (!saved) throw new AppError('not-found', `Workity note ${note.remoteId} no longer exists`, { provider: 'workity' });
  return { kind: 'saved', note: saved };
}

export async function uploadFile(api: WorkityClient, map: MapContext, input: NewFile): Promise<WorkityItem> {
  const id = await api.newFile({
    projectId: input.projectRemoteId,
    name: input.name,
    contentType: input.contentType,
    bytes: input.bytes,
  });
  const file = (await api.getItems({ fileIds: [id] })).FileItems[0];
  if (!file) throw new AppError('protocol', `Workity stored file ${id} but does not return it`, { provider: 'workity' });
  return fileFromWire(map, file);
}

export async function downloadFile(api: WorkityClient, file: WorkityItem): Promise<FileContent> {
  if (file.kind !== 'file') throw validationError('key', 'is a note, not a file', 'workity');
  return api.downloadFile(wireId('remoteId', file.remoteId));
}
