import { describe, expect, it } from 'vitest';
import type { OutboxChangeFacts } from '../../../shared/contract.js';
import { describeOutboxChange, type DescribedChange, type OutboxNames } from '../../../shared/messages/outboxWords.js';
import { formatDay, formatDuration, formatNumber } from '../../../shared/messages/words.js';

const names: OutboxNames = {
  account: (id) => (id === 'a1' ? 'Studio time' : null),
  project: (accountId, remoteId) => (accountId === 'a1' && remoteId === '7' ? 'Marketing Site' : null),
};
const none: OutboxChangeFacts = { projectRemoteId: null, fields: [], status: null, dueDate: null, minutes: null };
const now = new Date(2026, 5, 1);
const entry = (op: string, change: Partial<OutboxChangeFacts> = {}, title = 'Call printer'): DescribedChange => ({
  op,
  title,
  accountId: 'a1',
  change: { ...none, ...change },
});

describe('describeOutboxChange: every kind of queued change in words', () => {
  it.each([
    [entry('task.create', { projectRemoteId: '7' }), 'Create “Call printer” in Studio time · Marketing Site'],
    [entry('task.update', { fields: ['status'], status: 'done' }), 'Complete “Call printer”'],
    [entry('task.update', { fields: ['status'], status: 'open' }), 'Reopen “Call printer”'],
    [entry('task.update', { fields: ['status'], status: 'doing' }), 'Start “Call printer”'],
    [entry('task.update', { fields: ['dueDate'], dueDate: '2026-12-24' }), 'Move “Call printer” to Thu 24 Dec'],
    [entry('task.update', { fields: ['dueDate'], dueDate: null }), 'Remove the due date of “Call printer”'],
    [entry('task.update', { fields: ['title'] }), 'Rename “Call printer”'],
    [
      entry('task.update', { fields: ['title', 'dueDate', 'assignees'] }),
      'Change the title, due date and assignees of “Call printer”',
    ],
    [entry('task.delete'), 'Delete “Call printer”'],
    [entry('comment.add'), 'Comment on “Call printer”'],
    [entry('time.create', { projectRemoteId: '7', minutes: 90 }), 'Log 1 h 30 min on “Call printer”'],
    [entry('time.update', { minutes: 45 }), 'Change the time on “Call printer” to 45 min'],
    [entry('time.delete', { minutes: 120 }), 'Delete 2 h logged on “Call printer”'],
    [entry('note.create', { projectRemoteId: '7' }, 'Brief'), 'Create the note “Brief” in Studio time · Marketing Site'],
    [entry('note.update', { fields: ['text'] }, 'Brief'), 'Edit the note “Brief”'],
    [entry('conflict.resolve'), 'Settle the conflict on “Call printer”'],
  ])('%#: %s', (change, words) => {
    expect(describeOutboxChange(change, names, now)).toBe(words);
  });

  it('falls back to ids only where no name is known, and never shows the raw op', () => {
    const unknown = { ...entry('task.create', { projectRemoteId: '99' }), accountId: 'zz' };
    expect(describeOutboxChange(unknown, names, now)).toBe('Create “Call printer” in zz · project 99');
    expect(describeOutboxChange(entry('task.frob'), names, now)).not.toContain('task.frob');
  });

  it('keeps a long title to one line', () => {
    expect(describeOutboxChange(entry('task.delete', {}, 'x'.repeat(200)), names, now)).toBe(`Delete “${'x'.repeat(59)}…”`);
  });
});

describe('words: numbers, lengths of time and days', () => {
  it('formats them as people read them', () => {
    expect(formatNumber(1024)).toBe('1,024');
    expect(formatDuration(0)).toBe('0 min');
    expect(formatDuration(60)).toBe('1 h');
    expect(formatDuration(601)).toBe('10 h 1 min');
    expect(formatDay('2026-12-24', now)).toBe('Thu 24 Dec');
    expect(formatDay('2027-12-24', now)).toBe('Fri 24 Dec 2027');
    expect(formatDay('2026-02-30', now)).toBe('2026-02-30');
  });
});
