import { instantToOffsetStamp, isValidCalendarDate, stampToInstant, userZone } from '../../../../shared/dates/index.js';
import { validationError } from '../../../../shared/errors.js';

/**
 * Every Workity date conversion. The seed's dateTime is YYYY-MM-DDThh:mm with
 * an optional zone; "ModificationDate" is the calling user's local date, so a
 * dateTime without a zone is the user's wall clock, both ways.
 */
const PROVIDER = 'workity';
const MIN_DATE_TIME = '1900-01-01T00:00';
const MAX_DATE_TIME = '2079-06-06T23:59';
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;

/** YYYY-MM-DDThh:mm[:ss][zone] within 1900-01-01T00:00 … 2079-06-06T23:59. */
export function checkDateTime(field: string, value: string): string {
  const match = DATE_TIME.exec(value);
  const [hours, minutes] = (match?.[2] ?? '99:99').split(':').map(Number) as [number, number];
  if (!match || !isValidCalendarDate(match[1]!) || hours > 23 || minutes > 59)
    throw validationError(field, 'must be a date and time like 2024-05-01T09:30', PROVIDER);
  const local = `${match[1]}T${match[2]}`;
  if (local < MIN_DATE_TIME || local > MAX_DATE_TIME) {
    throw validationError(field, 'must be between 1900-01-01 and 2079-06-06', PROVIDER);
  }
  return value;
}

/** A moment as the user's local dateTime with its zone, e.g. 2024-05-01T10:30+02:00. */
export function localDateTime(date: Date, zone: string = userZone()): string {
  return checkDateTime('modificationDate', instantToOffsetStamp(date, zone));
}

/** A model due date (YYYY-MM-DD) as the seed shows one: local midnight, no zone (not UTC midnight). */
export function dueDateToWire(date: string | null, field = 'dueDate'): string | null {
  if (date === null) return null;
  if (!isValidCalendarDate(date)) throw validationError(field, 'must be a date like 2024-05-01', PROVIDER);
  return checkDateTime(field, `${date}T00:00`);
}

/** A Workity due dateTime back to the model's YYYY-MM-DD: the calendar day as the server wrote it. */
export function dueDateFromWire(value: string | null | undefined): string | null {
  const match = value ? DATE_TIME.exec(value) : null;
  return match?.[1] ?? null;
}

/** A Workity dateTime as an ISO instant; one without a zone is the user's wall clock. */
export function instantFromWire(value: string | null | undefined, zone: string = userZone()): string | null {
  return value && DATE_TIME.test(value) ? stampToInstant(value, zone) : null;
}
