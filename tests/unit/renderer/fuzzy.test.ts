import { describe, expect, it } from 'vitest';
import { fuzzyFilter, fuzzyMatch } from '../../../renderer/logic/fuzzy.js';

const LABELS = ['Show keyboard shortcuts', 'Sync now', 'Go to Today', 'Go to Upcoming', 'Open Outbox', 'Resolve next conflict'];
const best = (query: string) => fuzzyFilter(query, LABELS, (l) => l)[0]?.item;

describe('the palette matcher', () => {
  it('finds a command by the start of its words', () => {
    expect(best('sync')).toBe('Sync now');
    expect(best('sn')).toBe('Sync now');
    expect(best('up')).toBe('Go to Upcoming');
    expect(best('outb')).toBe('Open Outbox');
    expect(best('conf')).toBe('Resolve next conflict');
  });

  it('needs every typed character, in order', () => {
    expect(fuzzyMatch('xyz', 'Sync now')).toBeNull();
    expect(fuzzyMatch('ons', 'Sync now')).toBeNull();
    expect(fuzzyFilter('zzz', LABELS, (l) => l)).toEqual([]);
  });

  it('ignores case and spaces, and reports where it matched', () => {
    expect(fuzzyMatch('S N', 'Sync now')?.positions).toEqual([0, 5]);
    expect(fuzzyMatch('TODAY', 'Go to Today')?.positions).toEqual([6, 7, 8, 9, 10]);
  });

  it('keeps the given order when nothing is typed', () => {
    expect(fuzzyFilter('', LABELS, (l) => l).map((m) => m.item)).toEqual(LABELS);
  });
});
