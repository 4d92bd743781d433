import { dayOf, instantToStamp, isValidCalendarDate, userZone } from '../../../../shared/dates/index.js';
import { validationError } from '../../../../shared/errors.js';

/**
 * Every Worksection date conversion. The API writes zone-less local times
 * ("YYYY-MM-DD HH:MM") and dates, and takes dates as DD.MM.YYYY; a zone-less
 * time is the user's wall clock, here and everywhere else in Worktray.
 */

/** A model day (YYYY-MM-DD) in the API's input form DD.MM.YYYY. */
export function inputDate(iso: string, field = 'dueDate'): string {
  if (!isValidCalendarDate(iso)) throw validationError(field, 'must be a date like 2024-05-01', 'worksection');
  const [year, month, day] = iso.split('-');
  return `${day}.${month}.${year}`;
}

/** The user's day at `date`, as DD.MM.YYYY (not the UTC day). */
export function inputDateOf(date: Date, zone: string = userZone()): string {
  return inputDate(dayOf(date, zone));
}

/** "YYYY-MM-DD HH:MM" (local wall clock) as the model's zone-less "YYYY-MM-DDTHH:MM". */
export function localStamp(value: string | undefined): string | null {
  return value ? value.replace(' ', 'T') : null;
}

/** `since` on the user's wall clock as date_added writes it, to compare with it as text. */
export function addedStamp(since: Date, zone: string = userZone()): string {
  return instantToStamp(since, zone, ' ');
}

/** The user's day a time entry starts on: a start with a zone is moved onto their wall clock first. */
export function entryDay(start: string, zone: string = userZone()): string {
  return /(?:Z|[+-]\d{2}:?\d{2})$/.test(start) ? dayOf(new Date(start), zone) : start.slice(0, 10);
}
