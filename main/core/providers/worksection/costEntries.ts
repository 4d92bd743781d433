import { AppError, validationError } from '../../../../shared/errors.js';
import { isLocalKey, parseKey, type TimeEntry } from '../../../../shared/model.js';
import type { NewTimeEntry } from '../types.js';
import type { CostFields, CostFilter } from './api.js';
import { entryDay, inputDate } from './dates.js';
import { costTime } from './mapping.js';

/*
 * Booked time as Worksection keeps it: a cost on a task, dated by a day, with
 * H:MM of time and a comment. A cost has no creation time the API lists, so
 * a booking whose reply was lost is recognised by task, day, time and comment.
 */

/** What the session offers these functions: its cost calls. */
export interface CostCalls {
  listCosts(filter: CostFilter): Promise<TimeEntry[]>;
  updateCost(costId: string, fields: CostFields): Promise<void>;
  deleteCost(costId: string): Promise<void>;
}

function minutesOf(entry: NewTimeEntry): number {
  const minutes = Math.round((Date.parse(entry.end) - Date.parse(entry.start)) / 60_000);
  if (!Number.isFinite(minutes) || minutes <= 0) throw validationError('end', 'the end must come after the start', 'worksection');
  return minutes;
}

export function costFieldsOf(entry: NewTimeEntry): CostFields {
  return { time: costTime(minutesOf(entry)), comment: entry.note, date: inputDate(entryDay(entry.start), 'start') };
}

/** Worksection's rules before anything is queued: a cost belongs to a task. */
export function checkWorksectionTime(entry: NewTimeEntry): void {
  if (!entry.taskRemoteId) throw validationError('task', 'Worksection books time on a task; pick one', 'worksection');
  minutesOf(entry);
}

function costId(entry: TimeEntry): string {
  const id = parseKey(entry.key)?.remoteId;
  if (!id || isLocalKey(entry.key))
    throw new AppError('not-found', 'This cost has no Worksection id yet', { provider: 'worksection' });
  return id;
}

async function costsOfDay(
  calls: CostCalls,
  entry: { projectRemoteId: string | null; taskRemoteId: string | null; start: string },
) {
  const day = inputDate(entryDay(entry.start), 'start');
  return calls.listCosts({
    from: day,
    to: day,
    projectId: entry.projectRemoteId ?? undefined,
    taskId: entry.taskRemoteId ?? undefined,
  });
}

export async function findCost(calls: CostCalls, entry: NewTimeEntry): Promise<TimeEntry | null> {
  const minutes = minutesOf(entry);
  const listed = await costsOfDay(calls, entry);
  return listed.find((c) => c.taskRemoteId === entry.taskRemoteId && c.minutes === minutes && c.note === entry.note) ?? null;
}

export async function editCost(calls: CostCalls, before: TimeEntry, entry: NewTimeEntry): Promise<TimeEntry> {
  const fields = costFieldsOf(entry);
  await calls.updateCost(costId(before), fields);
  return { ...before, start: entryDay(entry.start), end: null, minutes: minutesOf(entry), note: entry.note };
}

/** Worksection answers a cost it no longer has with "invalid": the cost's day is read to tell that from a real refusal. */
export async function deleteCost(calls: CostCalls, entry: TimeEntry): Promise<void> {
  const id = costId(entry);
  try {
    await calls.deleteCost(id);
  } catch (error) {
    if (!(error instanceof AppError && error.code === 'validation') || !entry.start) throw error;
    const listed = await costsOfDay(calls, { ...entry, start: entry.start });
    if (listed.some((c) => c.key === entry.key)) throw error;
  }
}
