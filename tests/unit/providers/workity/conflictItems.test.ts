import { describe, expect, it } from 'vitest';
import { newestCopyOf, pairWriteWrite, type ConflictEntry } from '../../../../main/core/providers/workity/conflictItems.js';

const entry = (over: Partial<ConflictEntry>): ConflictEntry => ({
  kind: 'task',
  id: '1',
  projectId: '11',
  title: 't',
  details: '',
  status: 'open',
  dueDate: null,
  personIds: ['101'],
  keywordIds: ['1'],
  modifiedById: '101',
  revision: 1,
  ...over,
});

describe('pairing Workity conflict copies with their originals', () => {
  it('pairs a copy (no persons) with the original of the same title', () => {
    const pairs = pairWriteWrite([
      entry({ id: '10', title: 'A' }),
      entry({ id: '20', title: 'B' }),
      entry({ id: '30', title: 'B', personIds: [] }),
      entry({ id: '31', title: 'A', personIds: [] }),
    ]);
    expect(pairs.map((p) => [p.original.id, p.copy.id])).toEqual([
      ['20', '30'],
      ['10', '31'],
    ]);
  });

  it('falls back to the nearest older original when the title changed', () => {
    const pairs = pairWriteWrite([
      entry({ id: '10', title: 'Old' }),
      entry({ id: '12', title: 'New' }),
      entry({ id: '40', title: 'Older text', personIds: [] }),
    ]);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]?.original.id).toBe('12');
  });

  it('pairs a note copy with a file original, and never across projects', () => {
    const file = entry({ kind: 'file', id: '5', title: 'plan.pdf', status: null });
    const note = entry({ kind: 'note', id: '50', title: 'plan.pdf', personIds: [], status: null });
    const elsewhere = entry({ kind: 'note', id: '60', title: 'plan.pdf', personIds: [], projectId: '12', status: null });
    expect(pairWriteWrite([file, note, elsewhere]).map((p) => [p.original.id, p.copy.id])).toEqual([['5', '50']]);
  });

  it('finds the newest copy made for a given original', () => {
    const tagged = [
      entry({ id: '7' }),
      entry({ id: '70', personIds: [] }),
      entry({ id: '90', personIds: [] }),
      entry({ id: '95', projectId: '12', personIds: [] }),
    ];
    expect(newestCopyOf({ kind: 'task', id: '7', projectId: '11', title: 't' }, tagged)?.id).toBe('90');
    expect(newestCopyOf({ kind: 'task', id: '7', projectId: '13', title: 't' }, tagged)).toBeNull();
  });

  it('orders 64-bit ids as numbers, also past 2^53 and across digit counts', () => {
    const pairs = pairWriteWrite([
      entry({ id: '9007199254740993', title: 'A' }),
      entry({ id: '9007199254740995', title: 'A', personIds: [] }),
      entry({ id: '999', title: 'B' }),
      entry({ id: '1000', title: 'B', personIds: [] }),
    ]);
    expect(pairs.map((p) => [p.original.id, p.copy.id])).toEqual([
      ['999', '1000'],
      ['9007199254740993', '9007199254740995'],
    ]);
    const tagged = [entry({ id: '9007199254740994', personIds: [] }), entry({ id: '9007199254740993', personIds: [] })];
    expect(newestCopyOf({ kind: 'task', id: '9007199254740992', projectId: '11', title: 't' }, tagged)?.id).toBe(
      '9007199254740994',
    );
  });
});
