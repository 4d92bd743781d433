import { recordKey, type Member, type NewsItem, type Project, type Task, type WorkityItem } from '../../../../shared/model.js';
import type { FileItem, Items, NoteItem, PersonWire, ProjectInfo, TaskItem } from './schema.js';
import { dueDateFromWire, instantFromWire } from './validate.js';

/** What mapping needs to know about the account: its id and the calling user's PersonID. */
export interface MapContext {
  accountId: string;
  /** The caller's PersonID (decimal text, 64-bit). */
  userId: string | null;
}

export function projectFromWire(ctx: MapContext, project: ProjectInfo): Project {
  const remoteId = project.ProjectID;
  return {
    key: recordKey('workity', ctx.accountId, 'project', remoteId),
    provider: 'workity',
    accountId: ctx.accountId,
    remoteId,
    name: project.Name,
    archived: false,
    raw: { ...project },
  };
}

function commonExtras(item: TaskItem | NoteItem | FileItem): Record<string, unknown> {
  return {
    projectName: item.Project.Name,
    personIds: item.Persons.map((p) => p.PersonID),
    keywordIds: item.Keywords.map((k) => k.KeywordID),
    modifiedById: item.Modification.Person.PersonID,
    modifiedBy: item.Modification.Person.Name,
  };
}

export function taskFromWire(ctx: MapContext, task: TaskItem): Task {
  const remoteId = task.TaskID;
  return {
    key: recordKey('workity', ctx.accountId, 'task', remoteId),
    provider: 'workity',
    accountId: ctx.accountId,
    projectRemoteId: task.Project.ProjectID,
    remoteId,
    parentRemoteId: null,
    title: task.Title,
    details: task.Details ?? '',
    status: task.IsFinished ? 'done' : 'open',
    rawStatus: String(task.IsFinished),
    // Workity tasks carry no priority (TaskItem in the seed has none).
    priority: null,
    dueDate: dueDateFromWire(task.DueDate),
    assignees: task.Persons.map((p) => p.Name),
    tags: task.Keywords.map((k) => k.Name),
    isMine: ctx.userId !== null && task.Persons.some((p) => p.PersonID === ctx.userId),
    revision: String(task.Revision),
    updatedAt: instantFromWire(task.Modification.Date),
    extras: commonExtras(task),
    pending: false,
    conflict: false,
  };
}

export function noteFromWire(ctx: MapContext, note: NoteItem): WorkityItem {
  const remoteId = note.NoteID;
  return {
    key: recordKey('workity', ctx.accountId, 'note', remoteId),
    accountId: ctx.accountId,
    kind: 'note',
    projectRemoteId: note.Project.ProjectID,
    remoteId,
    title: note.Title,
    details: note.Details ?? '',
    revision: String(note.Revision),
    updatedAt: instantFromWire(note.Modification.Date),
    extras: { ...commonExtras(note), assignees: note.Persons.map((p) => p.Name), tags: note.Keywords.map((k) => k.Name) },
  };
}

export function fileFromWire(ctx: MapContext, file: FileItem): WorkityItem {
  const remoteId = file.FileID;
  return {
    key: recordKey('workity', ctx.accountId, 'file', remoteId),
    accountId: ctx.accountId,
    kind: 'file',
    projectRemoteId: file.Project.ProjectID,
    remoteId,
    title: file.Name,
    details: file.Details ?? '',
    revision: String(file.Revision),
    updatedAt: instantFromWire(file.Modification.Date),
    extras: {
      ...commonExtras(file),
      contentType: file.ContentType,
      size: file.Size,
      uploadedBy: file.Upload?.Person.Name ?? null,
      assignees: file.Persons.map((p) => p.Name),
      tags: file.Keywords.map((k) => k.Name),
    },
  };
}

function news(
  ctx: MapContext,
  kind: NewsItem['kind'],
  id: string,
  title: string,
  item: TaskItem | NoteItem | FileItem,
): NewsItem {
  return {
    key: recordKey('workity', ctx.accountId, 'news', `${kind}-${id}`),
    accountId: ctx.accountId,
    kind,
    remoteId: id,
    title,
    modifiedBy: item.Modification.Person.Name,
    modifiedAt: instantFromWire(item.Modification.Date),
  };
}

/** GetItemsByNewsSearch's result as news entries, newest first. */
export function newsFromWire(ctx: MapContext, items: Items): NewsItem[] {
  const all = [
    ...items.TaskItems.map((t) => news(ctx, 'task', t.TaskID, t.Title, t)),
    ...items.NoteItems.map((n) => news(ctx, 'note', n.NoteID, n.Title, n)),
    ...items.FileItems.map((f) => news(ctx, 'file', f.FileID, f.Name, f)),
  ];
  return all.sort((a, b) => (b.modifiedAt ?? '').localeCompare(a.modifiedAt ?? ''));
}

/** A project team member. Workity gives no e-mail, and tasks name their persons by name (AddPersons maps back). */
export function memberFromWire(ctx: MapContext, person: PersonWire): Member {
  return { accountId: ctx.accountId, remoteId: person.PersonID, name: person.Name, email: null, ref: person.Name };
}
