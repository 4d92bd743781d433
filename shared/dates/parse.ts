import type { ParsedResult } from 'chrono-node';
import { addDays, formatDay, isValidCalendarDate, today, type CalendarDay } from './day.js';
import { phrases } from './phrases.js';
import { offsetMinutes, userZone, wallClock } from './zone.js';

/** What a person wrote for a moment, read in their zone: the day, the wall-clock time if they gave one. */
export interface ParsedWhen {
  date: CalendarDay;
  /** 'HH:MM' on the user's wall clock, or null when only a day was written. */
  time: string | null;
  /** The words that were read as the date, as typed. */
  text: string;
  index: number;
}

export interface ParseContext {
  now: Date;
  /** IANA zone; the process's own when left out. */
  zone?: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const LEADING_WEEKDAY_WORD = /^(?:next|this|last|on)\b/i;

function fromZoneLess(result: ParsedResult, now: Date, zone: string): ParsedWhen {
  const start = result.start;
  let date = formatDay(start.get('year') ?? 0, start.get('month') ?? 0, start.get('day') ?? 0);
  const time = start.isCertain('hour') ? `${pad(start.get('hour') ?? 0)}:${pad(start.get('minute') ?? 0)}` : null;
  // A bare weekday is the next one after today: on a Friday, "fri" means a week ahead.
  const bareWeekday = start.isCertain('weekday') && !start.isCertain('day') && !LEADING_WEEKDAY_WORD.test(result.text);
  if (bareWeekday && date <= today(now, zone)) date = addDays(date, 7);
  return { date, time, text: result.text, index: result.index };
}

function toWhen(result: ParsedResult, now: Date, zone: string): ParsedWhen {
  if (!result.start.isCertain('timezoneOffset')) return fromZoneLess(result, now, zone);
  // An instant written with its zone ("…T10:30Z") is shown on the user's own wall clock.
  const wall = wallClock(result.start.date(), zone);
  const time = result.start.isCertain('hour') ? `${pad(wall.hour)}:${pad(wall.minute)}` : null;
  return { date: formatDay(wall.year, wall.month, wall.day), time, text: result.text, index: result.index };
}

/** Every date phrase chrono finds in `text`, read in the user's zone. */
export function findDates(text: string, context: ParseContext): ParsedWhen[] {
  const zone = context.zone ?? userZone();
  const reference = { instant: context.now, timezone: offsetMinutes(context.now, zone) };
  return phrases
    .parse(text, reference, { forwardDate: true })
    .map((result) => toWhen(result, context.now, zone))
    .filter((when) => isValidCalendarDate(when.date));
}

/** The whole of `text` as one date phrase ("tomorrow 5pm", "fri", "2026-12-01"), or null. */
export function parseWhen(text: string, context: ParseContext): ParsedWhen | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const found = findDates(trimmed, context);
  const whole = found.find((when) => when.index === 0 && when.text.length === trimmed.length);
  return whole ?? null;
}

export type DueParse = { ok: true; date: CalendarDay | null; time: string | null } | { ok: false; message: string };

const NO_DATE = new Set(['', 'none', 'no date', 'clear']);
const DAY_MONTH = /^(\d{1,2})\.(\d{1,2})\.?$/;

/**
 * A due field holding only "24.12" means a day (chrono rightly leaves "1.2" a
 * number inside a title): the next such day from today, with the year added.
 */
function dayMonth(text: string, context: ParseContext): ParsedWhen | null {
  const match = DAY_MONTH.exec(text);
  if (!match) return null;
  const from = today(context.now, context.zone ?? userZone());
  const year = Number(from.slice(0, 4));
  for (const candidate of [year, year + 1]) {
    const when = parseWhen(`${match[1]}.${match[2]}.${candidate}`, context);
    if (when && when.date >= from) return { ...when, text };
  }
  return null;
}

/** A due-date field: empty or "none" clears it; anything else must read whole as a date. */
export function parseDue(input: string, context: ParseContext): DueParse {
  const text = input.trim().replace(/\s+/g, ' ');
  if (NO_DATE.has(text.toLowerCase())) return { ok: true, date: null, time: null };
  const isoShaped = /^\d{4}-\d{2}-\d{2}(?:$|[T ])/.exec(text);
  if (isoShaped && !isValidCalendarDate(text.slice(0, 10))) return { ok: false, message: `${text} is not a calendar date` };
  const when = parseWhen(text, context) ?? dayMonth(text, context);
  if (when) return { ok: true, date: when.date, time: when.time };
  return { ok: false, message: `Could not read "${text}" as a date; try "tomorrow", "fri" or 2026-12-01` };
}
