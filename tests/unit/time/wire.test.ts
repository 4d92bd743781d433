import { describe, expect, it } from 'vitest';
import { daysOf, entryTime, entryToWire } from '../../../main/core/providers/webwork/dates.js';
import { dueDateFromWire, dueDateToWire, instantFromWire, localDateTime } from '../../../main/core/providers/workity/dates.js';
import { addedStamp, entryDay, inputDate, inputDateOf, localStamp } from '../../../main/core/providers/worksection/dates.js';
import { isoToUnix, spanDays, unixToIso } from '../../../main/core/providers/worksnaps/dates.js';
import { instantToOffsetStamp, instantToStamp, stampToInstant } from '../../../shared/dates/index.js';

const AKL = 'Pacific/Auckland';
const LAX = 'America/Los_Angeles';
// Saturday 5 December 12:30 in Auckland, Friday 4 December 15:30 in Los Angeles.
const NOW = new Date('2026-12-04T23:30:00Z');

describe('shared wall-clock stamps', () => {
  it.each([AKL, LAX, 'UTC', 'Asia/Kolkata'])('round-trips an instant through %s\u2019s wall clock', (zone) => {
    expect(stampToInstant(instantToStamp(NOW, zone), zone)).toBe(NOW.toISOString());
    expect(stampToInstant(instantToOffsetStamp(NOW, zone), 'UTC')).toBe(NOW.toISOString());
  });

  it('reads a zone-less stamp as the given zone\u2019s wall clock, a zoned one as itself', () => {
    expect(stampToInstant('2026-12-05 12:30', AKL)).toBe(NOW.toISOString());
    expect(stampToInstant('2026-12-04T15:30', LAX)).toBe(NOW.toISOString());
    expect(stampToInstant('2026-12-04T23:30Z', AKL)).toBe(NOW.toISOString());
    expect(stampToInstant('not a time', AKL)).toBeNull();
  });

  it('settles DST edges: a skipped time after the jump, a repeated one on its first pass', () => {
    expect(stampToInstant('2026-03-08 02:30', LAX)).toBe('2026-03-08T10:30:00.000Z');
    expect(stampToInstant('2026-11-01 01:30', LAX)).toBe('2026-11-01T08:30:00.000Z');
    expect(stampToInstant('2026-04-05 02:30', AKL)).toBe('2026-04-04T13:30:00.000Z');
  });
});

describe('Worksnaps: Unix seconds', () => {
  it('round-trips seconds through the model\u2019s instant in any zone', () => {
    const seconds = NOW.getTime() / 1000;
    expect(unixToIso(seconds)).toBe('2026-12-04T23:30:00.000Z');
    for (const zone of [AKL, LAX]) expect(isoToUnix(unixToIso(seconds), 'start', zone)).toBe(seconds);
  });

  it('reads a time typed without a zone as the user\u2019s wall clock', () => {
    expect(isoToUnix('2026-12-05T12:30', 'start', AKL)).toBe(NOW.getTime() / 1000);
    expect(isoToUnix('2026-12-04T15:30', 'start', LAX)).toBe(NOW.getTime() / 1000);
    expect(isoToUnix('2026-12-05', 'start', AKL)).toBe(Date.parse('2026-12-04T11:00:00Z') / 1000);
    expect(() => isoToUnix('soon', 'end', AKL)).toThrow(expect.objectContaining({ field: 'end' }));
  });

  it('counts summary days on the calendar and refuses impossible ones by field', () => {
    expect(spanDays('2026-03-01', '2026-03-30')).toBe(30);
    expect(() => spanDays('2026-02-30', '2026-03-02')).toThrow(expect.objectContaining({ field: 'fromDate' }));
  });
});

describe('Worksection: zone-less local times and DD.MM.YYYY dates', () => {
  it('writes days as DD.MM.YYYY, the user\u2019s day for an instant', () => {
    expect(inputDate('2030-05-17')).toBe('17.05.2030');
    expect(inputDateOf(NOW, AKL)).toBe('05.12.2026');
    expect(inputDateOf(NOW, LAX)).toBe('04.12.2026');
    expect(() => inputDate('2026-02-30')).toThrow(expect.objectContaining({ field: 'dueDate' }));
  });

  it('compares date_added with the user\u2019s wall clock and reads it back the same way', () => {
    expect(addedStamp(NOW, AKL)).toBe('2026-12-05 12:30');
    expect(addedStamp(NOW, LAX)).toBe('2026-12-04 15:30');
    for (const zone of [AKL, LAX]) expect(stampToInstant(localStamp(addedStamp(NOW, zone)) ?? '', zone)).toBe(NOW.toISOString());
  });

  it('dates a cost by the user\u2019s day of its start', () => {
    expect(entryDay('2026-12-04T23:30:00.000Z', AKL)).toBe('2026-12-05');
    expect(entryDay('2026-12-04T23:30:00.000Z', LAX)).toBe('2026-12-04');
    expect(entryDay('2026-12-04T23:30', AKL)).toBe('2026-12-04');
  });
});

describe('Workity: local xs:dateTime', () => {
  it('sends a due date as local midnight with no zone, and reads the day back as written', () => {
    expect(dueDateToWire('2026-12-05')).toBe('2026-12-05T00:00');
    expect(dueDateFromWire(dueDateToWire('2026-12-05'))).toBe('2026-12-05');
    expect(dueDateFromWire('2026-12-05T00:00+13:00')).toBe('2026-12-05');
    expect(() => dueDateToWire('2026-02-30')).toThrow(expect.objectContaining({ field: 'dueDate' }));
  });

  it('round-trips the modification date through the user\u2019s zone', () => {
    expect(localDateTime(NOW, AKL)).toBe('2026-12-05T12:30+13:00');
    expect(localDateTime(NOW, LAX)).toBe('2026-12-04T15:30-08:00');
    for (const zone of [AKL, LAX]) expect(instantFromWire(localDateTime(NOW, zone), 'UTC')).toBe(NOW.toISOString());
  });

  it('reads a zone-less dateTime as the user\u2019s wall clock, not UTC', () => {
    expect(instantFromWire('2026-12-05T12:30', AKL)).toBe(NOW.toISOString());
    expect(instantFromWire('2026-12-04T15:30:59', LAX)).toBe('2026-12-04T23:30:59.000Z');
    expect(instantFromWire('garbage', AKL)).toBeNull();
  });
});

describe('WebWork: a day plus wall-clock HH:MM', () => {
  it('joins day and time as the model\u2019s local time and splits it back', () => {
    const start = entryTime('2026-12-04', '15:30', LAX);
    const end = entryTime('2026-12-04', '17:00', LAX);
    expect([start, end]).toEqual(['2026-12-04T15:30:00', '2026-12-04T17:00:00']);
    expect(entryToWire(start!, end!, LAX)).toEqual({
      date: '2026-12-04',
      start_time: '15:30',
      end_time: '17:00',
      endDate: '2026-12-04',
    });
  });

  it('moves a start written with a zone onto the user\u2019s wall clock before it goes out', () => {
    expect(entryToWire('2026-12-04T23:30:00Z', '2026-12-05T00:30:00Z', AKL)).toEqual({
      date: '2026-12-05',
      start_time: '12:30',
      end_time: '13:30',
      endDate: '2026-12-05',
    });
    expect(entryTime(null, '2026-12-04T23:30:00Z', LAX)).toBe('2026-12-04T15:30:00');
  });

  it('pulls the user\u2019s days of a range', () => {
    const range = { from: new Date('2026-12-03T20:00:00Z'), to: NOW };
    expect(daysOf(range, 10, AKL)).toEqual(['2026-12-04', '2026-12-05']);
    expect(daysOf(range, 10, LAX)).toEqual(['2026-12-03', '2026-12-04']);
    expect(daysOf(range, 1, AKL)).toEqual(['2026-12-05']);
  });
});
