import { isVisible, type CallContext } from './callContext.js';
import { parseDateTime } from './dates.js';
import { SimFault, invalidArgument } from './simFault.js';
import { activeProjectsOf, itemKey, type SimItem } from './state.js';
import { bool, dateTime, itemId, itemsToWire, long, longs, text, type Args } from './wire.js';
import { namedItems } from './writeItems.js';

interface Filter {
  projectIds: number[];
  personIds: number[];
  keywordIds: number[];
  unfinished: boolean;
  finished: boolean;
  notes: boolean;
  files: boolean;
  minDue: number | null;
  maxDue: number | null;
  modifiedSince: number | null;
  modifiedBy: number | null;
}

function baseFilter(args: Args): Filter {
  return {
    projectIds: longs(args, 'ProjectIDs'),
    personIds: longs(args, 'PersonIDs'),
    keywordIds: longs(args, 'KeywordIDs'),
    unfinished: bool(args, 'IsUnfinishedTasks'),
    finished: bool(args, 'IsFinishedTasks'),
    notes: bool(args, 'IsNotes'),
    files: bool(args, 'IsFiles'),
    minDue: null,
    maxDue: null,
    modifiedSince: null,
    modifiedBy: null,
  };
}

function kindWanted(filter: Filter, item: SimItem): boolean {
  if (item.kind === 'note') return filter.notes;
  if (item.kind === 'file') return filter.files;
  return item.isFinished ? filter.finished : filter.unfinished;
}

function dueWanted(filter: Filter, item: SimItem): boolean {
  if (item.kind !== 'task' || (filter.minDue === null && filter.maxDue === null)) return true;
  const due = item.dueDate ? parseDateTime(item.dueDate)?.epochMs : undefined;
  if (due === undefined) return false;
  return (filter.minDue === null || due >= filter.minDue) && (filter.maxDue === null || due <= filter.maxDue);
}

/** Items of the caller's active projects matching `filter`; an invalid project id matches nothing. */
function search(ctx: CallContext, filter: Filter, extra: (item: SimItem) => boolean = () => true): SimItem[] {
  const active = activeProjectsOf(ctx.state, ctx.user.id).map((p) => p.id);
  if (filter.projectIds.some((id) => !active.includes(id))) return [];
  const projects = filter.projectIds.length > 0 ? filter.projectIds : active;
  return [...ctx.state.items.values()].filter(
    (item) =>
      projects.includes(item.projectId) &&
      kindWanted(filter, item) &&
      filter.personIds.every((id) => item.personIds.includes(id)) &&
      filter.keywordIds.every((id) => item.keywordIds.includes(id)) &&
      dueWanted(filter, item) &&
      (filter.modifiedSince === null || (parseDateTime(item.modifiedAt)?.epochMs ?? 0) >= filter.modifiedSince) &&
      (filter.modifiedBy === null || item.modifiedBy === filter.modifiedBy) &&
      extra(item),
  );
}

export function getItems(ctx: CallContext, args: Args) {
  return itemsToWire(ctx.state, namedItems(ctx, args), bool(args, 'IsDetails'));
}

export function advancedSearch(ctx: CallContext, args: Args) {
  const filter = baseFilter(args);
  if (bool(args, 'IsMinDueDate')) filter.minDue = dateTime(args, 'MinDueDate').epochMs;
  if (bool(args, 'IsMaxDueDate')) filter.maxDue = dateTime(args, 'MaxDueDate').epochMs;
  if (bool(args, 'IsModificationDate')) filter.modifiedSince = dateTime(args, 'ModificationDate').epochMs;
  if (bool(args, 'IsModificationPerson')) filter.modifiedBy = long(args, 'ModificationPersonID');
  return itemsToWire(ctx.state, search(ctx, filter), bool(args, 'IsDetails'));
}

/** Web-search style terms: words or "quoted phrases", all must match; a leading - excludes. */
function terms(query: string): { include: string[]; exclude: string[] } {
  const found = query.match(/-?"[^"]*"|\S+/g) ?? [];
  const include: string[] = [];
  const exclude: string[] = [];
  for (const raw of found) {
    const negative = raw.startsWith('-') && raw.length > 1;
    const term = (negative ? raw.slice(1) : raw).replace(/"/g, '').toLowerCase();
    if (term) (negative ? exclude : include).push(term);
  }
  return { include, exclude };
}

export function fullTextSearch(ctx: CallContext, args: Args) {
  const query = text(args, 'SearchString');
  if (query.length > 50) throw invalidArgument('SearchString', 'must not be longer than 50 characters');
  const { include, exclude } = terms(query);
  const filter = { ...baseFilter(args), personIds: [], keywordIds: [] };
  const matches = (item: SimItem): boolean => {
    const haystack = `${item.title}\n${item.details}`.toLowerCase();
    return include.every((t) => haystack.includes(t)) && !exclude.some((t) => haystack.includes(t));
  };
  return itemsToWire(ctx.state, search(ctx, filter, matches), bool(args, 'IsDetails'));
}

/** Items changed by someone else since the caller's last ResetNews. */
export function newsSearch(ctx: CallContext, args: Args) {
  const since = ctx.user.newsSince;
  const isNews = (item: SimItem): boolean => item.changedAt > since && item.modifiedBy !== ctx.user.id;
  return itemsToWire(ctx.state, search(ctx, baseFilter(args), isNews), bool(args, 'IsDetails'));
}

export function resetNews(ctx: CallContext): void {
  ctx.user.newsSince = ctx.nowMs;
}

export function downloadFile(ctx: CallContext, args: Args) {
  const id = itemId(args, 'FileID');
  const file = ctx.state.items.get(itemKey('file', id));
  if (!file || !isVisible(ctx, file))
    throw new SimFault('InvalidID', `FileID: ${id} is not a file of the calling user's projects`, 'FileID');
  return { Name: file.title, ContentType: file.contentType, Bytes: (file.bytes ?? Buffer.alloc(0)).toString('base64') };
}
