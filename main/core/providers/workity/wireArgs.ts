import { AppError } from '../../../../shared/errors.js';
import { checkDateTime } from './validate.js';

/** Argument shapes of the Workity functions and their wire forms (ArrayOfLong, search flags). */

export interface ItemIds {
  taskIds?: number[];
  noteIds?: number[];
  fileIds?: number[];
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
  projectIds?: number[];
  personIds?: number[];
  keywordIds?: number[];
}

export interface AdvancedSearch extends NewsSearch {
  /** Workity dateTime bounds for task due dates and the last modification. */
  minDueDate?: string;
  maxDueDate?: string;
  modifiedSince?: string;
  modifiedBy?: number;
}

export interface FullTextSearch extends SearchFlags {
  searchString: string;
  projectIds?: number[];
}

export interface ItemOwners {
  projectId: number;
  personIds?: number[];
  keywordIds?: number[];
}

/** SaveTask / SaveNote / SaveFile: 0 saved, 1 write-write conflict, 2 delete-write conflict. */
export type SaveResult = 0 | 1 | 2;

export const longs = (ids: number[] | undefined): { long: number[] } => ({ long: ids ?? [] });

export function flags(query: SearchFlags): Record<string, boolean> {
  return {
    IsUnfinishedTasks: query.unfinishedTasks ?? true,
    IsFinishedTasks: query.finishedTasks ?? true,
    IsNotes: query.notes ?? true,
    IsFiles: query.files ?? true,
  };
}

export function itemIds(ids: ItemIds): Record<string, { long: number[] }> {
  return { TaskIDs: longs(ids.taskIds), NoteIDs: longs(ids.noteIds), FileIDs: longs(ids.fileIds) };
}

export function owners(input: ItemOwners): Record<string, unknown> {
  return { ProjectID: input.projectId, PersonIDs: longs(input.personIds), KeywordIDs: longs(input.keywordIds) };
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
    ProjectIDs: longs(query.projectIds),
    PersonIDs: longs(query.personIds),
    KeywordIDs: longs(query.keywordIds),
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
    ModificationPersonID: query.modifiedBy ?? 0,
    IsDetails: query.details ?? true,
  };
}
