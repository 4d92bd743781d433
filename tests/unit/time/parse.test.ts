import { describe, expect, it } from 'vitest';
import { parseDue, parseWhen, splitTitleDate, today } from '../../../shared/dates/index.js';

/*
 * One instant, two walls: 2026-12-04T23:30Z is Saturday 5 December 12:30 in
 * Auckland (UTC+13) and Friday 4 December 15:30 in Los Angeles (UTC-8). Every
 * phrase is read in the zone passed, whatever TZ the test process runs under.
 */
const NOW = new Date('2026-12-04T23:30:00Z');
const AKL = 'Pacific/Auckland';
const LAX = 'America/Los_Angeles';

type Row = [phrase: string, auckland: string, losAngeles: string, time?: string | null];

const PHRASES: Row[] = [
  ['today', '2026-12-05', '2026-12-04'],
  ['Today', '2026-12-05', '2026-12-04'],
  ['tomorrow', '2026-12-06', '2026-12-05'],
  ['TOMORROW', '2026-12-06', '2026-12-05'],
  ['tmr', '2026-12-06', '2026-12-05'],
  ['yesterday', '2026-12-04', '2026-12-03'],
  // A weekday is the next one after today: Friday in Los Angeles, so "fri" is a week on.
  ['fri', '2026-12-11', '2026-12-11'],
  ['friday', '2026-12-11', '2026-12-11'],
  ['sat', '2026-12-12', '2026-12-05'],
  ['saturday', '2026-12-12', '2026-12-05'],
  ['sun', '2026-12-06', '2026-12-06'],
  ['mon', '2026-12-07', '2026-12-07'],
  ['monday', '2026-12-07', '2026-12-07'],
  ['tue', '2026-12-08', '2026-12-08'],
  ['wednesday', '2026-12-09', '2026-12-09'],
  ['thu', '2026-12-10', '2026-12-10'],
  ['next friday', '2026-12-11', '2026-12-11'],
  ['next week', '2026-12-12', '2026-12-11'],
  ['next month', '2027-01-05', '2027-01-04'],
  ['in 3 days', '2026-12-08', '2026-12-07'],
  ['in 1 day', '2026-12-06', '2026-12-05'],
  ['in 2 weeks', '2026-12-19', '2026-12-18'],
  ['3 days from now', '2026-12-08', '2026-12-07'],
  ['dec 24', '2026-12-24', '2026-12-24'],
  ['Dec 24', '2026-12-24', '2026-12-24'],
  ['december 24', '2026-12-24', '2026-12-24'],
  ['24 dec', '2026-12-24', '2026-12-24'],
  ['24 December 2027', '2027-12-24', '2027-12-24'],
  // A day already past this year is next year's.
  ['jan 3', '2027-01-03', '2027-01-03'],
  ['March 1', '2027-03-01', '2027-03-01'],
  ['12/24', '2026-12-24', '2026-12-24'],
  ['1.12.2026', '2026-12-01', '2026-12-01'],
  ['31.1.2027', '2027-01-31', '2027-01-31'],
  ['2026-12-01', '2026-12-01', '2026-12-01'],
  ['2027-02-28', '2027-02-28', '2027-02-28'],
  ['2028-02-29', '2028-02-29', '2028-02-29'],
  ['2026-12-01T10:30', '2026-12-01', '2026-12-01', '10:30'],
  ['2026-12-01 10:30', '2026-12-01', '2026-12-01', '10:30'],
  ['tomorrow 5pm', '2026-12-06', '2026-12-05', '17:00'],
  ['tomorrow at 9am', '2026-12-06', '2026-12-05', '09:00'],
  ['tomorrow 17:30', '2026-12-06', '2026-12-05', '17:30'],
  ['fri 5pm', '2026-12-11', '2026-12-11', '17:00'],
  ['monday 10am', '2026-12-07', '2026-12-07', '10:00'],
  ['dec 24 8pm', '2026-12-24', '2026-12-24', '20:00'],
  ['eod', '2026-12-05', '2026-12-04', '17:00'],
  ['EOD', '2026-12-05', '2026-12-04', '17:00'],
  ['end of day', '2026-12-05', '2026-12-04', '17:00'],
  ['tomorrow eod', '2026-12-06', '2026-12-05', '17:00'],
  // Noon has passed on both walls, so it is the next one.
  ['noon', '2026-12-06', '2026-12-05', '12:00'],
  ['9pm', '2026-12-05', '2026-12-04', '21:00'],
];

describe('parseWhen reads each phrasing in the zone it is given', () => {
  it.each(PHRASES)('%s', (phrase, auckland, losAngeles, time = null) => {
    expect(parseWhen(phrase, { now: NOW, zone: AKL })).toMatchObject({ date: auckland, time, text: phrase });
    expect(parseWhen(phrase, { now: NOW, zone: LAX })).toMatchObject({ date: losAngeles, time, text: phrase });
  });

  it('shows an instant written with its zone on the user\u2019s wall clock', () => {
    expect(parseWhen('2026-12-01T10:30Z', { now: NOW, zone: AKL })).toMatchObject({ date: '2026-12-01', time: '23:30' });
    expect(parseWhen('2026-12-01T01:30Z', { now: NOW, zone: LAX })).toMatchObject({ date: '2026-11-30', time: '17:30' });
  });

  it('reads "today" just either side of midnight as the day on the user\u2019s wall', () => {
    // 10:59Z is 23:59 in Auckland on the 5th; 11:00Z is 00:00 on the 6th.
    expect(parseWhen('today', { now: new Date('2026-12-05T10:59:00Z'), zone: AKL })?.date).toBe('2026-12-05');
    expect(parseWhen('today', { now: new Date('2026-12-05T11:00:00Z'), zone: AKL })?.date).toBe('2026-12-06');
    // 07:59Z is 23:59 in Los Angeles on the 4th; 08:00Z is 00:00 on the 5th.
    expect(parseWhen('tomorrow', { now: new Date('2026-12-05T07:59:00Z'), zone: LAX })?.date).toBe('2026-12-05');
    expect(parseWhen('tomorrow', { now: new Date('2026-12-05T08:00:00Z'), zone: LAX })?.date).toBe('2026-12-06');
  });

  it('falls back on the process zone when none is given, as the app does', () => {
    const now = new Date();
    const local = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
    const tomorrow = `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, '0')}-${String(local.getDate()).padStart(2, '0')}`;
    expect(parseWhen('tomorrow', { now })?.date).toBe(tomorrow);
    expect(today(now)).toBe(parseWhen('today', { now })?.date);
  });

  it('refuses text that is not wholly a date', () => {
    for (const text of ['', '   ', 'garbage', 'Fix 3 bugs', 'Call May', 'tomorrow-ish please', '3', '1.2']) {
      expect(parseWhen(text, { now: NOW, zone: AKL }), text).toBeNull();
    }
  });
});

describe('parseDue: the due-date field in the editor, quick-add and CLI', () => {
  const due = (text: string, zone = AKL) => parseDue(text, { now: NOW, zone });

  it('clears on an empty field or "none"', () => {
    expect(due('')).toEqual({ ok: true, date: null, time: null });
    expect(due('none')).toEqual({ ok: true, date: null, time: null });
    expect(due('No date')).toEqual({ ok: true, date: null, time: null });
  });

  it('names an impossible calendar date as such', () => {
    expect(due('2026-02-30')).toEqual({ ok: false, message: '2026-02-30 is not a calendar date' });
    expect(due('2026-13-45')).toEqual({ ok: false, message: '2026-13-45 is not a calendar date' });
    expect(due('2027-02-29')).toEqual({ ok: false, message: '2027-02-29 is not a calendar date' });
    expect(due('2026-04-31T10:00')).toMatchObject({ ok: false });
    expect(due('31.02.2026')).toMatchObject({ ok: false });
  });

  it('says what it could not read and what would work', () => {
    const parsed = due('someday');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(/Could not read "someday".*tomorrow/);
  });

  it('reads a lone day.month as the next such day', () => {
    expect(due('24.12')).toEqual({ ok: true, date: '2026-12-24', time: null });
    expect(due('1.12')).toEqual({ ok: true, date: '2027-12-01', time: null });
    expect(due('5.12', AKL)).toEqual({ ok: true, date: '2026-12-05', time: null });
    expect(due('30.2')).toMatchObject({ ok: false });
  });

  it('returns the day and time in the given zone', () => {
    expect(due('tomorrow 5pm', LAX)).toEqual({ ok: true, date: '2026-12-05', time: '17:00' });
    expect(due('  in   3   days ')).toEqual({ ok: true, date: '2026-12-08', time: null });
  });
});

describe('splitTitleDate: dates typed into a task title', () => {
  const split = (title: string, zone = AKL) => splitTitleDate(title, { now: NOW, zone });

  it.each([
    'Call May',
    'Fix 3 bugs',
    'Release 1.2',
    'Sprint 3/4',
    'Meeting at 3',
    'Read chapter 12',
    'Buy 2 apples',
    'Order 24 pens',
    'May I ask Sam',
    'Update v2.0 docs',
    'Ship 5pm build',
  ])('leaves "%s" without a date', (title) => {
    expect(split(title)).toEqual({ title, when: null });
  });

  it.each([
    ['Buy milk tomorrow', 'Buy milk', '2026-12-06', null],
    ['Send invoice by fri 5pm', 'Send invoice', '2026-12-11', '17:00'],
    ['Pay rent on 2026-12-10', 'Pay rent', '2026-12-10', null],
    ['Report eod', 'Report', '2026-12-05', '17:00'],
    ['Tomorrow call the bank', 'call the bank', '2026-12-06', null],
    ['Renew domain dec 24', 'Renew domain', '2026-12-24', null],
    ['Plan offsite in 3 days', 'Plan offsite', '2026-12-08', null],
  ])('takes the date out of "%s"', (title, rest, date, time) => {
    expect(split(title)).toEqual({ title: rest, when: expect.objectContaining({ date, time }) });
  });

  it('reads the title\u2019s day in the user\u2019s zone', () => {
    expect(split('Buy milk tomorrow', LAX).when?.date).toBe('2026-12-05');
  });
});
