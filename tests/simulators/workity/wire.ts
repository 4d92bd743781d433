import { parseDateTime, type ParsedDateTime } from './dates.js';
import { invalidArgument } from './simFault.js';
import { byItemId, userById, type SimItem, type SimState } from './state.js';

/** Arguments as node-soap hands them to an operation (untyped by nature). */
export type Args = Record<string, unknown>;

/** An ArrayOfLong argument: `{long: [1, 2]}`, `{long: 1}`, or null when empty. */
export function longs(args: Args, name: string): number[] {
  const value = args[name];
  if (value === null || value === undefined || value === '') return [];
  const inner = (value as { long?: unknown }).long;
  const list = Array.isArray(inner) ? inner : inner === undefined ? [] : [inner];
  return list.map(Number).filter((n) => Number.isInteger(n));
}

/** An item id argument (xs:long, which this server receives as text) as canonical decimal text. */
export function itemId(args: Args, name: string): string {
  const value = text(args, name).trim();
  if (!/^-?\d{1,19}$/.test(value)) throw invalidArgument(name, 'a long value is required');
  return BigInt(value).toString();
}

/** An ArrayOfLong of item ids, as text; invalid entries are ignored. */
export function itemIds(args: Args, name: string): string[] {
  const value = args[name];
  if (value === null || value === undefined || value === '') return [];
  const inner = (value as { long?: unknown }).long;
  const list = Array.isArray(inner) ? inner : inner === undefined ? [] : [inner];
  return list.map((v) => String(v).trim()).flatMap((v) => (/^-?\d{1,19}$/.test(v) ? [BigInt(v).toString()] : []));
}

export function long(args: Args, name: string): number {
  const value = Number(args[name]);
  if (!Number.isInteger(value)) throw invalidArgument(name, 'a long value is required');
  return value;
}

export function bool(args: Args, name: string): boolean {
  const value = args[name];
  return value === true || value === 'true' || value === '1';
}

export function text(args: Args, name: string): string {
  const value = args[name];
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return value === null || value === undefined ? '' : JSON.stringify(value);
}

/** A title-like string: not empty, at most 100 characters. */
export function title(args: Args, name: string): string {
  const value = text(args, name);
  if (value.length === 0) throw invalidArgument(name, 'must not be empty');
  if (value.length > 100) throw invalidArgument(name, 'must not be longer than 100 characters');
  return value;
}

export function dateTime(args: Args, name: string): ParsedDateTime {
  const parsed = parseDateTime(args[name]);
  if (!parsed) throw invalidArgument(name, 'is not a dateTime in YYYY-MM-DDThh:mm between 1900-01-01T00:00 and 2079-06-06T23:59');
  return parsed;
}

export function optionalDateTime(args: Args, name: string): ParsedDateTime | null {
  const value = args[name];
  if (value === null || value === undefined || value === '') return null;
  return dateTime(args, name);
}

function person(state: SimState, id: number): { PersonID: number; Name: string } {
  return { PersonID: id, Name: userById(state, id)?.name ?? 'Unknown' };
}

function common(state: SimState, item: SimItem) {
  return {
    Modification: { Person: person(state, item.modifiedBy), Date: item.modifiedAt },
    Persons: { Person: item.personIds.map((id) => person(state, id)) },
    Keywords: { Keyword: item.keywordIds.map((id) => ({ KeywordID: id, Name: state.keywords.get(id) ?? '' })) },
    Revision: item.revision,
  };
}

function project(state: SimState, item: SimItem) {
  const found = state.projects.find((p) => p.id === item.projectId);
  return { ProjectID: item.projectId, Name: found?.name ?? '' };
}

export function taskToWire(state: SimState, item: SimItem, isDetails: boolean) {
  const { Modification, Persons, Keywords, Revision } = common(state, item);
  return {
    TaskID: item.id,
    Project: project(state, item),
    Title: item.title,
    ...(isDetails ? { Details: item.details } : {}),
    IsFinished: item.isFinished,
    ...(item.dueDate ? { DueDate: item.dueDate } : {}),
    Modification,
    Persons,
    Keywords,
    Revision,
  };
}

export function noteToWire(state: SimState, item: SimItem, isDetails: boolean) {
  const { Modification, Persons, Keywords, Revision } = common(state, item);
  return {
    NoteID: item.id,
    Project: project(state, item),
    Title: item.title,
    ...(isDetails ? { Details: item.details } : {}),
    Modification,
    Persons,
    Keywords,
    Revision,
  };
}

export function fileToWire(state: SimState, item: SimItem, isDetails: boolean) {
  const { Modification, Persons, Keywords, Revision } = common(state, item);
  return {
    FileID: item.id,
    Project: project(state, item),
    Name: item.title,
    ContentType: item.contentType,
    Size: item.bytes?.length ?? 0,
    ...(isDetails ? { Details: item.details } : {}),
    Upload: { Person: person(state, item.uploadedBy), Date: item.uploadedAt },
    Modification,
    Persons,
    Keywords,
    Revision,
  };
}

/** The `Items` result of the GetItems* functions. */
export function itemsToWire(state: SimState, items: SimItem[], isDetails: boolean) {
  const sorted = [...items].sort(byItemId);
  return {
    TaskItems: { TaskItem: sorted.filter((i) => i.kind === 'task').map((i) => taskToWire(state, i, isDetails)) },
    NoteItems: { NoteItem: sorted.filter((i) => i.kind === 'note').map((i) => noteToWire(state, i, isDetails)) },
    FileItems: { FileItem: sorted.filter((i) => i.kind === 'file').map((i) => fileToWire(state, i, isDetails)) },
  };
}
