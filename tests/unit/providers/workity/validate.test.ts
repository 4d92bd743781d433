import { describe, expect, it } from 'vitest';
import {
  checkDateTime,
  checkKeyword,
  checkSearchString,
  checkTitle,
  dueDateFromWire,
  dueDateToWire,
  instantFromWire,
  localDateTime,
} from '../../../../main/core/providers/workity/validate.js';

describe('Workity validation rules', () => {
  it('titles must have 1 to 100 characters', () => {
    expect(checkTitle('title', 'x'.repeat(100))).toHaveLength(100);
    expect(() => checkTitle('title', '')).toThrow(expect.objectContaining({ code: 'validation', field: 'title' }));
    expect(() => checkTitle('name', 'x'.repeat(101))).toThrow(expect.objectContaining({ field: 'name' }));
  });

  it('search strings may have at most 50 characters', () => {
    expect(checkSearchString('s'.repeat(50))).toHaveLength(50);
    expect(() => checkSearchString('s'.repeat(51))).toThrow(expect.objectContaining({ field: 'searchString' }));
  });

  it('keywords match ^\\S{1,20}$', () => {
    expect(checkKeyword('!WRITE-WRITE-CONFLICT!'.slice(0, 20))).toBe('!WRITE-WRITE-CONFLIC');
    for (const bad of ['', 'two words', 'k'.repeat(21), 'tab\there'])
      expect(() => checkKeyword(bad)).toThrow(expect.objectContaining({ field: 'keyword' }));
  });

  it('dateTime values are YYYY-MM-DDThh:mm, optional seconds and zone, within 1900-01-01T00:00 … 2079-06-06T23:59', () => {
    for (const good of ['1989-11-09T22:30', '1989-11-09T22:30:59', '1900-01-01T00:00Z', '2079-06-06T23:59-05:00'])
      expect(checkDateTime('d', good)).toBe(good);
    for (const bad of [
      '1899-12-31T23:59',
      '2079-06-07T00:00',
      '1989-11-09',
      '1989-11-09 22:30',
      '1989-13-09T22:30',
      '09.11.1989T22:30',
    ]) {
      expect(() => checkDateTime('d', bad)).toThrow(expect.objectContaining({ field: 'd' }));
    }
  });

  it('writes the local moment with its zone designator', () => {
    const text = localDateTime(new Date('2024-05-01T09:30:45Z'));
    expect(text).toMatch(/^2024-05-0[12]T\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/);
    expect(instantFromWire(text)).toBe('2024-05-01T09:30:00.000Z');
  });

  it('converts model due dates to and from the wire', () => {
    // Local midnight without a zone, as the seed writes due dates (not UTC midnight).
    expect(dueDateToWire('2024-05-10')).toBe('2024-05-10T00:00');
    expect(dueDateToWire(null)).toBeNull();
    expect(() => dueDateToWire('2080-01-01')).toThrow(expect.objectContaining({ field: 'dueDate' }));
    expect(() => dueDateToWire('10.05.2024')).toThrow(expect.objectContaining({ field: 'dueDate' }));
    expect(dueDateFromWire('2024-05-10T00:00+02:00')).toBe('2024-05-10');
    expect(dueDateFromWire(null)).toBeNull();
    expect(instantFromWire('2024-05-10T12:00', 'UTC')).toBe('2024-05-10T12:00:00.000Z');
    expect(instantFromWire('2024-05-10T12:00', 'Pacific/Auckland')).toBe('2024-05-10T00:00:00.000Z');
    expect(instantFromWire('garbage')).toBeNull();
  });
});
