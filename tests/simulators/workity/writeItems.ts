import { requireProject, nextItemId, isVisible, type CallContext } from './callContext.js';
import type { ParsedDateTime } from './dates.js';
import { SimFault } from './simFault.js';
import { DELETE_WRITE_KEYWORD, WRITE_WRITE_KEYWORD, itemKey, putItem, type ItemKind, type SimItem } from './state.js';
import { dateTime, itemId, itemIds, long, optionalDateTime, text, title, type Args } from './wire.js';

/** The editable content a SaveX call carries. */
export interface Content {
  title?: string;
  details: string;
  dueDate?: string | null;
}

export function touch(ctx: CallContext, item: SimItem, when: ParsedDateTime): void {
  item.modifiedBy = ctx.user.id;
  item.modifiedAt = when.text;
  item.changedAt = ctx.nowMs;
}

export function blankItem(ctx: CallContext, kind: ItemKind, projectId: number, when: ParsedDateTime): SimItem {
  return {
    kind,
    id: nextItemId(ctx.state),
    projectId,
    title: '',
    details: '',
    personIds: [],
    keywordIds: [],
    revision: 0,
    modifiedBy: ctx.user.id,
    modifiedAt: when.text,
    changedAt: ctx.nowMs,
    isFinished: false,
    dueDate: null,
    contentType: '',
    bytes: null,
    uploadedBy: ctx.user.id,
    uploadedAt: when.text,
  };
}

function applyContent(item: SimItem, content: Content): void {
  if (content.title !== undefined) item.title = content.title;
  item.details = content.details;
  if (content.dueDate !== undefined) item.dueDate = content.dueDate;
}

/** Write-write: the current content of the item goes to a new item (a note for a file), both tagged keyword 1. */
function copyForWriteWrite(ctx: CallContext, live: SimItem): void {
  const copy: SimItem = {
    ...live,
    id: nextItemId(ctx.state),
    kind: live.kind === 'file' ? 'note' : live.kind,
    personIds: [],
    keywordIds: [WRITE_WRITE_KEYWORD],
    revision: 0,
    bytes: null,
    contentType: live.kind === 'file' ? '' : live.contentType,
  };
  putItem(ctx.state, copy);
  if (!live.keywordIds.includes(WRITE_WRITE_KEYWORD)) live.keywordIds.push(WRITE_WRITE_KEYWORD);
}

/** Delete-write: the new content goes into a new item of the project, tagged keyword 2; a file becomes a note titled ???. */
function saveIntoNewItem(ctx: CallContext, gone: SimItem, content: Content, when: ParsedDateTime): void {
  const kind = gone.kind === 'file' ? 'note' : gone.kind;
  const item = blankItem(ctx, kind, gone.projectId, when);
  item.isFinished = gone.isFinished;
  item.dueDate = gone.dueDate;
  applyContent(item, { ...content, title: gone.kind === 'file' ? '???' : (content.title ?? gone.title) });
  item.keywordIds = [DELETE_WRITE_KEYWORD];
  putItem(ctx.state, item);
}

function checkRevision(value: unknown, current: number): number {
  const revision = Number(value);
  if (!Number.isInteger(revision) || revision < 1 || revision > current + 1) {
    throw new SimFault(
      'InvalidRevision',
      `NewRevision: ${String(value)} must be between 1 and the current revision + 1 (${current + 1})`,
      'NewRevision',
    );
  }
  return revision;
}

/** SaveTask / SaveNote / SaveFile: 0 saved, 1 write-write conflict, 2 delete-write conflict. */
export function saveItem(ctx: CallContext, kind: ItemKind, idArg: string, args: Args, content: Content): number {
  const projectId = long(args, 'ProjectID');
  requireProject(ctx, projectId);
  const id = itemId(args, idArg);
  const when = dateTime(args, 'ModificationDate');
  const live = ctx.state.items.get(itemKey(kind, id));
  if (!live) {
    const gone = ctx.state.deleted.get(itemKey(kind, id));
    if (!gone || gone.projectId !== projectId)
      throw new SimFault('InvalidID', `${idArg}: ${id} does not exist in project ${projectId}`, idArg);
    checkRevision(args.NewRevision, gone.revision);
    saveIntoNewItem(ctx, gone, content, when);
    return 2;
  }
  if (live.projectId !== projectId)
    throw new SimFault('InvalidID', `${idArg}: ${id} does not belong to project ${projectId}`, idArg);
  const revision = checkRevision(args.NewRevision, live.revision);
  if (revision <= live.revision) {
    copyForWriteWrite(ctx, live);
    applyContent(live, content);
    touch(ctx, live, when);
    return 1;
  }
  applyContent(live, content);
  live.revision = revision;
  touch(ctx, live, when);
  return 0;
}

export function saveTask(ctx: CallContext, args: Args): number {
  const dueDate = optionalDateTime(args, 'DueDate');
  return saveItem(ctx, 'task', 'TaskID', args, {
    title: title(args, 'Title'),
    details: text(args, 'Details'),
    dueDate: dueDate?.text ?? null,
  });
}

export function saveNote(ctx: CallContext, args: Args): number {
  return saveItem(ctx, 'note', 'NoteID', args, { title: title(args, 'Title'), details: text(args, 'Details') });
}

export function saveFile(ctx: CallContext, args: Args): number {
  return saveItem(ctx, 'file', 'FileID', args, { details: text(args, 'Details') });
}

export function updateTaskStatus(ctx: CallContext, args: Args): void {
  const id = itemId(args, 'TaskID');
  const when = dateTime(args, 'ModificationDate');
  const task = ctx.state.items.get(itemKey('task', id));
  if (!task || !isVisible(ctx, task))
    throw new SimFault('InvalidID', `TaskID: ${id} is not a task of the calling user's projects`, 'TaskID');
  task.isFinished = args.IsFinished === true || args.IsFinished === 'true';
  touch(ctx, task, when);
}

/** The visible items named by the TaskIDs/NoteIDs/FileIDs arguments; invalid ids are ignored. */
export function namedItems(ctx: CallContext, args: Args): SimItem[] {
  const pairs: [ItemKind, string][] = [
    ['task', 'TaskIDs'],
    ['note', 'NoteIDs'],
    ['file', 'FileIDs'],
  ];
  return pairs.flatMap(([kind, name]) =>
    itemIds(args, name)
      .map((id) => ctx.state.items.get(itemKey(kind, id)))
      .filter((item): item is SimItem => item !== undefined && isVisible(ctx, item)),
  );
}

export function deleteItems(ctx: CallContext, args: Args): void {
  for (const item of namedItems(ctx, args)) {
    const key = itemKey(item.kind, item.id);
    ctx.state.items.delete(key);
    ctx.state.deleted.set(key, item);
  }
}
