import { describe, expect, it } from 'vitest';
import { describeDue, isoDate, parseDue } from '../../../renderer/logic/dates.js';

// Wednesday 2026-11-18, local time.
const today = new Date(2026, 10, 18, 15, 30);
const date = (text: string) => {
  const parsed = parseDue(text, today);
  return parsed.ok ? parsed.date : `error: ${parsed.message}`;
};

describe('parseDue', () => {
  it('reads an empty field as no due date', () => {
    expect(date('')).toBeNull();
    expect(date('   ')).toBeNull();
  });

  it('understands today and tomorrow in their short forms', () => {
    expect(date('today')).toBe('2026-11-18');
    expect(date('Tomorrow')).toBe('2026-11-19');
    expect(date('tmr')).toBe('2026-11-19');
  });

  it('reads a weekday as the next one after today', () => {
    expect(date('fri')).toBe('2026-11-20');
    expect(date('Friday')).toBe('2026-11-20');
    expect(date('mon')).toBe('2026-11-23');
    expect(date('wed')).toBe('2026-11-25');
    expect(date('next fri')).toBe('2026-11-27');
  });

  it('accepts ISO dates and refuses impossible ones', () => {
    expect(date('2026-12-01')).toBe('2026-12-01');
    expect(date('2027-02-29')).toMatch(/^error: .*not a calendar date/);
  });

  it('understands relative days and weeks', () => {
    expect(date('in 3 days')).toBe('2026-11-21');
    expect(date('+2w')).toBe('2026-12-02');
    expect(date('10d')).toBe('2026-11-28');
  });

  it('reads day-first dates and rolls a past one into next year', () => {
    expect(date('1.12')).toBe('2026-12-01');
    expect(date('5.1.2027')).toBe('2027-01-05');
    expect(date('3.2')).toBe('2027-02-03');
  });

  it('crosses month and year ends', () => {
    const newYearsEve = new Date(2026, 11, 31);
    expect(parseDue('tomorrow', newYearsEve)).toEqual({ ok: true, date: '2027-01-01', time: null });
  });

  it('explains what it could not read', () => {
    const parsed = parseDue('someday', today);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain('someday');
  });
});

describe('isoDate and describeDue', () => {
  it('uses the local calendar day, not UTC', () => {
    expect(isoDate(new Date(2026, 0, 1, 0, 5))).toBe('2026-01-01');
  });

  it('names near days in words', () => {
    expect(describeDue('2026-11-18', today)).toBe('Today');
    expect(describeDue('2026-11-19', today)).toBe('Tomorrow');
    expect(describeDue('2026-11-17', today)).toBe('Yesterday');
    expect(describeDue('2027-03-01', today)).toContain('2027');
  });
});
