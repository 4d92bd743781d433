import { AppError, validationError } from '../../../../shared/errors.js';
import { checkDateTime } from './validate.js';

/** Argument shapes of the Workity functions and their wire forms (ArrayOfLong, search flags). */

/**
 * A Workity id (xs:long) as callers hand it in: the decimal text the client
 * returns, or a number while it is exact. It goes on the wire as text.
 */
export type IdInput = string | number;

export interface ItemIds {
  taskIds?: IdInput[];
  noteIds?: IdInput[];
  fileIds?: IdInput[];
}

/** Which kinds of item a search returns (all true when left out) and whether Details come along. */
export interface SearchFlags {
  unfinishedTasks?: boolean;
  finishedTasks?: boolean;
  notes?: boolean;
  files?: boolean;
  details?: boolean;
}

export interface NewsSearch extends SearchFlags {
  projectIds?: IdInput[];
  personIds?: IdInput[];
  keywordIds?: IdInput[];
}

export interface AdvancedSearch extends NewsSearch {
  /** Workity dateTime bounds for task due dates and the last modification. */
  minDueDate?: string;
  maxDueDate?: string;
  modifiedSince?: string;
  modifiedBy?: IdInput;
}

export interface FullTextSearch extends SearchFlags {
  searchString: string;
  projectIds?: IdInput[];
}

export interface ItemOwners {
  projectId: IdInput;
  personIds?: IdInput[];
  keywordIds?: IdInput[];
}

/** SaveTask / SaveNote / SaveFile: 0 saved, 1 write-write conflict, 2 delete-write conflict. */
export type SaveResult = 0 | 1 | 2;

/** Seed: long is 64-bit signed. */
const LONG_MAX = 9_223_372_036_854_775_807n;

/** An id as its canonical decimal text; never through Number, which rounds past 2^53. */
export function wireId(field: string, id: IdInput): string {
  if (typeof id === 'number') {
    if (!Number.isSafeInteger(id)) throw validationError(field, 'is not an exact Workity id; pass it as text', 'workity');
    return String(id);
  }
  const text = id.trim();
  if (!/^-?\d{1,19}$/.test(text) || BigInt(text) > LONG_MAX || BigInt(text) < -LONG_MAX - 1n)
    throw validationError(field, 'is not a Workity id', 'workity');
  return BigInt(text).toString();
}

export const longs = (ids: IdInput[] | undefined, field = 'ids'): { long: string[] } => ({
  long: (ids ?? []).map((id) => wireId(field, id)),
});

export function flags(query: SearchFlags): Record<string, boolean> {
  return {
    IsUnfinishedTasks: query.unfinishedTasks ?? true,
    IsFinishedTasks: query.finishedTasks ?? true,
    IsNotes: query.notes ?? true,
    IsFiles: query.files ?? true,
  };
}

export function itemIds(ids: ItemIds): Record<string, { long: string[] }> {
  return {
    TaskIDs: longs(ids.taskIds, 'taskIds'),
    NoteIDs: longs(ids.noteIds, 'noteIds'),
    FileIDs: longs(ids.fileIds, 'fileIds'),
  };
}

export function owners(input: ItemOwners): Record<string, unknown> {
  return {
    ProjectID: wireId('projectRemoteId', input.projectId),
    PersonIDs: longs(input.personIds, 'personIds'),
    KeywordIDs: longs(input.keywordIds, 'keywordIds'),
  };
}

export function optionalDate(name: string, field: string, value: string | null | undefined): Record<string, string> {
  return value ? { [name]: checkDateTime(field, value) } : {};
}

export function saveResult(code: number): SaveResult {
  if (code === 0 || code === 1 || code === 2) return code;
  throw new AppError('protocol', `Workity answered an unknown save result ${code}`, { provider: 'workity', providerCode: code });
}

export function advancedArgs(query: AdvancedSearch): Record<string, unknown> {
  const date = (field: string, value: string | undefined): string => (value ? checkDateTime(field, value) : '1900-01-01T00:00');
  return {
    ProjectIDs: longs(query.projectIds, 'projectIds'),
    PersonIDs: longs(query.personIds, 'personIds'),
    KeywordIDs: longs(query.keywordIds, 'keywordIds'),
    IsUnfinishedTasks: query.unfinishedTasks ?? true,
    IsFinishedTasks: query.finishedTasks ?? true,
    IsMinDueDate: query.minDueDate !== undefined,
    MinDueDate: date('minDueDate', query.minDueDate),
    IsMaxDueDate: query.maxDueDate !== undefined,
    MaxDueDate: date('maxDueDate', query.maxDueDate),
    IsNotes: query.notes ?? true,
    IsFiles: query.files ?? true,
    IsModificationDate: query.modifiedSince !== undefined,
    ModificationDate: date('modifiedSince', query.modifiedSince),
    IsModificationPerson: query.modifiedBy !== undefined,
    ModificationPersonID: wireId('modifiedBy', query.modifiedBy ?? 0),
    IsDetails: query.details ?? true,
  };
}
