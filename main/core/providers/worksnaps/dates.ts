import { daysBetween, isValidCalendarDate, stampToInstant, userZone } from '../../../../shared/dates/index.js';
import { validationError } from '../../../../shared/errors.js';

/**
 * Every Worksnaps date conversion. The API speaks Unix seconds, which name an
 * instant in no zone; the model keeps them as ISO instants. Times people give
 * without a zone are their own wall clock.
 */
const PROVIDER = 'worksnaps';

/** Unix seconds as the model's ISO instant. */
export function unixToIso(seconds: number): string {
  return new Date(seconds * 1000).toISOString();
}

/** A model time as Unix seconds: with a zone it says its own; without one it is the user's wall clock. */
export function isoToUnix(value: string, field: string, zone: string = userZone()): number {
  const text = value.trim();
  const instant = stampToInstant(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00` : text, zone);
  if (instant === null) throw validationError(field, `"${value}" is not a date and time`, PROVIDER);
  return Math.floor(Date.parse(instant) / 1000);
}

/** The days a YYYY-MM-DD span covers, both ends counted; the field named when a day is not a calendar day. */
export function spanDays(fromDate: string, toDate: string): number {
  for (const [field, value] of [
    ['fromDate', fromDate],
    ['toDate', toDate],
  ] as const) {
    if (!isValidCalendarDate(value)) throw validationError(field, 'must be a calendar date YYYY-MM-DD', PROVIDER);
  }
  return daysBetween(fromDate, toDate) + 1;
}
