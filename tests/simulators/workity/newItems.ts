import { requireProject, type CallContext } from './callContext.js';
import { invalidArgument } from './simFault.js';
import { putItem, type ItemKind, type SimItem } from './state.js';
import { dateTime, longs, long, optionalDateTime, text, title, type Args } from './wire.js';
import { blankItem, namedItems, touch } from './writeItems.js';

/** Persons not in the project are ignored; none valid means the caller is assigned. */
function newItem(ctx: CallContext, kind: ItemKind, args: Args): SimItem {
  const project = requireProject(ctx, long(args, 'ProjectID'));
  const when = dateTime(args, 'ModificationDate');
  const item = blankItem(ctx, kind, project.id, when);
  const persons = longs(args, 'PersonIDs').filter((id) => project.memberIds.includes(id));
  item.personIds = persons.length > 0 ? [...new Set(persons)] : [ctx.user.id];
  item.keywordIds = [...new Set(longs(args, 'KeywordIDs').filter((id) => ctx.state.keywords.has(id)))];
  return item;
}

export function newTask(ctx: CallContext, args: Args): string {
  const name = title(args, 'Title');
  const due = optionalDateTime(args, 'DueDate');
  const item = newItem(ctx, 'task', args);
  Object.assign(item, { title: name, details: text(args, 'Details'), dueDate: due?.text ?? null });
  return putItem(ctx.state, item).id;
}

export function newNote(ctx: CallContext, args: Args): string {
  const name = title(args, 'Title');
  const item = newItem(ctx, 'note', args);
  Object.assign(item, { title: name, details: text(args, 'Details') });
  return putItem(ctx.state, item).id;
}

/** -1 when the caller's free file storage is too small for the upload. */
export function newFile(ctx: CallContext, args: Args): string {
  const name = title(args, 'Name');
  const contentType = title(args, 'ContentType');
  const bytes = Buffer.from(text(args, 'Bytes'), 'base64');
  if (bytes.length === 0) throw invalidArgument('Bytes', 'must not be empty');
  const item = newItem(ctx, 'file', args);
  if (bytes.length > ctx.user.freeStorage) return '-1';
  ctx.user.freeStorage -= bytes.length;
  Object.assign(item, { title: name, contentType, details: text(args, 'Details'), bytes });
  return putItem(ctx.state, item).id;
}

type Field = 'keywordIds' | 'personIds';

/** AddKeywords / RemoveKeywords / AddPersons / RemovePersons share one shape. */
export function retag(ctx: CallContext, args: Args, field: Field, add: boolean): void {
  const when = dateTime(args, 'ModificationDate');
  const ids = longs(args, field === 'keywordIds' ? 'KeywordIDs' : 'PersonIDs');
  for (const item of namedItems(ctx, args)) {
    const project = ctx.state.projects.find((p) => p.id === item.projectId);
    const valid = ids.filter((id) => (field === 'keywordIds' ? ctx.state.keywords.has(id) : project?.memberIds.includes(id)));
    const before = item[field].length;
    item[field] = add ? [...new Set([...item[field], ...valid])] : item[field].filter((id) => !valid.includes(id));
    if (item[field].length !== before) touch(ctx, item, when);
  }
}
