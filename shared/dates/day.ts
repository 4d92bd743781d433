import { instantAt, userZone, wallClock } from './zone.js';

/**
 * Calendar days as 'YYYY-MM-DD' strings in the user's zone. Day arithmetic is
 * done on the calendar (through UTC, which has no DST), so adding a day never
 * lands on 23:00 of the same day.
 */
export type CalendarDay = string;

const DAY_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function formatDay(year: number, month: number, day: number): CalendarDay {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** True for a 'YYYY-MM-DD' that names a real day: 2026-02-30 and 2026-13-45 are not. */
export function isValidCalendarDate(text: string): boolean {
  const match = DAY_SHAPE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function partsOf(day: CalendarDay): [number, number, number] {
  if (!isValidCalendarDate(day)) throw new RangeError(`${day} is not a calendar date`);
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return [year, month, date];
}

/** The calendar day `instant` falls on in `zone`. */
export function dayOf(instant: Date, zone: string = userZone()): CalendarDay {
  const wall = wallClock(instant, zone);
  return formatDay(wall.year, wall.month, wall.day);
}

/** The user's today: the day it is on their wall at `now`. */
export function today(now: Date, zone: string = userZone()): CalendarDay {
  return dayOf(now, zone);
}

export function addDays(day: CalendarDay, days: number): CalendarDay {
  const [year, month, date] = partsOf(day);
  const next = new Date(Date.UTC(year, month - 1, date + days));
  return formatDay(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate());
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDay, to: CalendarDay): number {
  const [y1, m1, d1] = partsOf(from);
  const [y2, m2, d2] = partsOf(to);
  return Math.round((Date.UTC(y2, m2 - 1, d2) - Date.UTC(y1, m1 - 1, d1)) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: CalendarDay): number {
  const [year, month, date] = partsOf(day);
  return new Date(Date.UTC(year, month - 1, date)).getUTCDay();
}

/** The first instant of `day` in `zone`. */
export function startOfDay(day: CalendarDay, zone: string = userZone()): Date {
  const [year, month, date] = partsOf(day);
  return instantAt({ year, month, day: date, hour: 0, minute: 0 }, zone);
}

/** The last millisecond of `day` in `zone` (the next day's start, less one). */
export function endOfDay(day: CalendarDay, zone: string = userZone()): Date {
  return new Date(startOfDay(addDays(day, 1), zone).getTime() - 1);
}

/** The user's day is past its due date: overdue, in their zone. */
export function isOverdue(dueDate: CalendarDay, now: Date, zone: string = userZone()): boolean {
  return dueDate < today(now, zone);
}

export function isDueToday(dueDate: CalendarDay, now: Date, zone: string = userZone()): boolean {
  return dueDate === today(now, zone);
}
