import { validationError } from '../../../../shared/errors.js';

/**
 * Checks the seed says the server would answer with a fault, done before
 * sending so the user gets a `validation` error naming the field.
 */
const PROVIDER = 'workity';
const KEYWORD = /^\S{1,20}$/;
const MIN_DATE_TIME = '1900-01-01T00:00';
const MAX_DATE_TIME = '2079-06-06T23:59';

export function checkTitle(field: string, value: string): string {
  if (value.length === 0) throw validationError(field, 'must not be empty', PROVIDER);
  if (value.length > 100) throw validationError(field, `must be at most 100 characters (has ${value.length})`, PROVIDER);
  return value;
}

export function checkSearchString(value: string): string {
  if (value.length > 50) throw validationError('searchString', `must be at most 50 characters (has ${value.length})`, PROVIDER);
  return value;
}

export function checkKeyword(value: string, field = 'keyword'): string {
  if (!KEYWORD.test(value)) throw validationError(field, 'must be 1 to 20 characters without spaces', PROVIDER);
  return value;
}

function pad(n: number): string {
  return String(Math.abs(n)).padStart(2, '0');
}

/** A moment as the caller's local dateTime with its zone, e.g. 2024-05-01T10:30+02:00. */
export function localDateTime(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const zone = offset === 0 ? 'Z' : `${offset > 0 ? '+' : '-'}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
  const local = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
  return checkDateTime('modificationDate', `${local}${zone}`);
}

/** YYYY-MM-DDThh:mm[:ss][zone] within 1900-01-01T00:00 … 2079-06-06T23:59. */
export function checkDateTime(field: string, value: string): string {
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/.exec(value);
  const local = match?.[1];
  if (!local || Number.isNaN(Date.parse(`${local}:00Z`)))
    throw validationError(field, 'must be a date and time like 2024-05-01T09:30', PROVIDER);
  if (local < MIN_DATE_TIME || local > MAX_DATE_TIME) {
    throw validationError(field, 'must be between 1900-01-01 and 2079-06-06', PROVIDER);
  }
  return value;
}

/** A model due date (YYYY-MM-DD) as a Workity dateTime at midnight UTC. */
export function dueDateToWire(date: string | null, field = 'dueDate'): string | null {
  if (date === null) return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw validationError(field, 'must be a date like 2024-05-01', PROVIDER);
  return checkDateTime(field, `${date}T00:00Z`);
}

/** A Workity dateTime back to the model's YYYY-MM-DD (the date part as the server wrote it). */
export function dueDateFromWire(value: string | null | undefined): string | null {
  const match = value ? /^(\d{4}-\d{2}-\d{2})/.exec(value) : null;
  return match?.[1] ?? null;
}

/** A Workity dateTime as an ISO instant (no zone read as UTC), or null. */
export function instantFromWire(value: string | null | undefined): string | null {
  const match = value ? /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/.exec(value) : null;
  if (!match) return null;
  const ms = Date.parse(`${match[1]}:00${match[2] ?? 'Z'}`);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}
