import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  endOfDay,
  isDueToday,
  isOverdue,
  isValidCalendarDate,
  startOfDay,
  today,
  weekdayOf,
} from '../../../shared/dates/index.js';

const AKL = 'Pacific/Auckland';
const LAX = 'America/Los_Angeles';

describe('the user\u2019s calendar day', () => {
  it('turns over at the user\u2019s midnight, not UTC\u2019s', () => {
    // Auckland is UTC+13 in December: its midnight is 11:00Z the day before.
    expect(today(new Date('2026-12-05T10:59:59Z'), AKL)).toBe('2026-12-05');
    expect(today(new Date('2026-12-05T11:00:00Z'), AKL)).toBe('2026-12-06');
    // Los Angeles is UTC-8 in December: its midnight is 08:00Z.
    expect(today(new Date('2026-12-05T07:59:59Z'), LAX)).toBe('2026-12-04');
    expect(today(new Date('2026-12-05T08:00:00Z'), LAX)).toBe('2026-12-05');
    expect(today(new Date('2026-12-05T07:59:59Z'), 'UTC')).toBe('2026-12-05');
  });

  it('agrees with the process\u2019s own local clock when no zone is given', () => {
    const now = new Date();
    const local = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n, i) => String(n).padStart(i ? 2 : 4, '0'));
    expect(today(now)).toBe(local.join('-'));
  });

  it('is due today and overdue by the user\u2019s day near midnight, in both directions from UTC', () => {
    // 23:30 on Friday 4 December in Los Angeles is already Saturday 5th at 12:30 in Auckland (and in UTC, 23:30 on the 4th).
    const now = new Date('2026-12-05T07:30:00Z');
    expect(isDueToday('2026-12-04', now, LAX)).toBe(true);
    expect(isOverdue('2026-12-04', now, LAX)).toBe(false);
    expect(isOverdue('2026-12-04', now, AKL)).toBe(true);
    expect(isDueToday('2026-12-05', now, AKL)).toBe(true);
    expect(isDueToday('2026-12-05', now, 'UTC')).toBe(true);
  });

  it('knows which calendar dates exist', () => {
    expect(isValidCalendarDate('2026-02-28')).toBe(true);
    expect(isValidCalendarDate('2028-02-29')).toBe(true);
    expect(isValidCalendarDate('2026-02-29')).toBe(false);
    expect(isValidCalendarDate('2026-02-30')).toBe(false);
    expect(isValidCalendarDate('2026-13-45')).toBe(false);
    expect(isValidCalendarDate('2026-00-10')).toBe(false);
    expect(isValidCalendarDate('2026-4-1')).toBe(false);
    expect(isValidCalendarDate('2026-04-01T00:00')).toBe(false);
  });

  it('adds days on the calendar, across months, years and DST changes', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2026-03-07', 1)).toBe('2026-03-08'); // Los Angeles springs forward on the 8th
    expect(addDays('2026-11-01', 1)).toBe('2026-11-02');
    expect(daysBetween('2026-12-04', '2027-01-01')).toBe(28);
    expect(daysBetween('2026-12-04', '2026-12-01')).toBe(-3);
    expect(weekdayOf('2026-12-04')).toBe(5);
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });

  it('gives the instants a day starts and ends in the user\u2019s zone', () => {
    expect(startOfDay('2026-12-05', AKL).toISOString()).toBe('2026-12-04T11:00:00.000Z');
    expect(endOfDay('2026-12-05', AKL).toISOString()).toBe('2026-12-05T10:59:59.999Z');
    expect(startOfDay('2026-12-05', LAX).toISOString()).toBe('2026-12-05T08:00:00.000Z');
    // A DST day has 23 or 25 hours.
    expect(endOfDay('2026-03-08', LAX).getTime() + 1 - startOfDay('2026-03-08', LAX).getTime()).toBe(23 * 3_600_000);
    expect(endOfDay('2026-04-05', AKL).getTime() + 1 - startOfDay('2026-04-05', AKL).getTime()).toBe(25 * 3_600_000);
  });
});
