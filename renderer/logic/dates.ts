import { dayOf, daysBetween, isValidCalendarDate, parseDue as parseDueText, type DueParse } from '../../shared/dates/index.js';

/*
 * The renderer's date helpers: formatting only. Reading what people type and
 * deciding what "today" is belong to shared/dates, which the core uses too.
 */
export type { DueParse };

/** The user's calendar day of `date` as 'YYYY-MM-DD'. */
export function isoDate(date: Date): string {
  return dayOf(date);
}

/** `date` moved by whole days on the local calendar (for ranges and sample data). */
export function addDays(date: Date, days: number): Date {
  const next = new Date(date.getTime());
  next.setDate(next.getDate() + days);
  return next;
}

/** 'YYYY-MM-DD' as local midnight, or null when it is not a real calendar day. */
export function fromIsoDate(text: string): Date | null {
  if (!isValidCalendarDate(text)) return null;
  const [y, m, d] = text.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

/** A due-date field as typed ("tomorrow", "fri", "in 3 days", 2026-12-01), read by the shared parser. */
export function parseDue(input: string, now: Date): DueParse {
  return parseDueText(input, { now });
}

/*
 * Made once: toLocaleDateString builds a new Intl.DateTimeFormat at every call, and the task list
 * labels every row on screen at every scroll step (most of a frame's script time went there).
 */
const SAME_YEAR = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short' });
const OTHER_YEAR = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });

/** "Fri 5 Dec" style label for a due date, with "Today"/"Tomorrow"/"Yesterday" when near. */
export function describeDue(date: string, now: Date): string {
  const day = fromIsoDate(date);
  if (!day) return date;
  const today = dayOf(now);
  const diff = daysBetween(today, date);
  if (diff === 0) return 'Today';
  if (diff === 1) return 'Tomorrow';
  if (diff === -1) return 'Yesterday';
  return (date.slice(0, 4) === today.slice(0, 4) ? SAME_YEAR : OTHER_YEAR).format(day);
}
