import { describe, expect, it } from 'vitest';
import { describeChord, matchShortcut, SHORTCUTS, type KeyLike } from '../../../renderer/logic/shortcuts.js';
import { nextReminderAt } from '../../../renderer/logic/reminders.js';
import { describeSummary, summarize } from '../../../renderer/logic/bulk.js';
import type { Task } from '../../../shared/model.js';

const key = (k: string, mods: Partial<KeyLike> = {}): KeyLike => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('the shortcut table', () => {
  it('reads Ctrl+K and ⌘K as the palette, and "?" as the shortcut list', () => {
    expect(matchShortcut(key('k', { ctrlKey: true }), ['anywhere'])).toBe('palette');
    expect(matchShortcut(key('k', { metaKey: true }), ['anywhere'])).toBe('palette');
    expect(matchShortcut(key('?', { shiftKey: true }), ['anywhere'])).toBe('shortcuts');
  });

  it('tells plain letters from shifted ones', () => {
    expect(matchShortcut(key('j'), ['list'])).toBe('move-down');
    expect(matchShortcut(key('J', { shiftKey: true }), ['list'])).toBe('extend-down');
    expect(matchShortcut(key('ArrowUp', { shiftKey: true }), ['list'])).toBe('extend-up');
    expect(matchShortcut(key('a', { ctrlKey: true }), ['list'])).toBe('select-all');
    expect(matchShortcut(key('k'), ['anywhere'])).toBeNull();
  });

  it('has no key that means two things in the same place', () => {
    const seen = new Map<string, string>();
    for (const s of SHORTCUTS) {
      for (const c of s.chords) {
        const id = `${s.scope === 'anywhere' ? '*' : s.scope}:${describeChord(c, false)}`;
        expect(seen.get(id), id).toBeUndefined();
        seen.set(id, s.id);
        const global = `*:${describeChord(c, false)}`;
        if (s.scope !== 'anywhere') expect(seen.get(global), global).toBeUndefined();
      }
    }
  });

  it('describes keys for Windows/Linux and Mac', () => {
    expect(describeChord({ key: 'k', mod: true }, false)).toBe('Ctrl+K');
    expect(describeChord({ key: 'k', mod: true }, true)).toBe('⌘K');
    expect(describeChord({ key: 'j', shift: true }, false)).toBe('Shift+J');
  });
});

describe('the daily reminder', () => {
  it('is today at the chosen time on the user’s wall clock, or tomorrow once that has passed', () => {
    expect(nextReminderAt(new Date('2026-12-05T06:00:00Z'), '09:00', 'Europe/Berlin').toISOString()).toBe(
      '2026-12-05T08:00:00.000Z',
    );
    expect(nextReminderAt(new Date('2026-12-05T09:00:00Z'), '09:00', 'Europe/Berlin').toISOString()).toBe(
      '2026-12-06T08:00:00.000Z',
    );
    expect(nextReminderAt(new Date('2026-12-05T20:00:00Z'), '09:00', 'America/Los_Angeles').toISOString()).toBe(
      '2026-12-06T17:00:00.000Z',
    );
  });
});

describe('a bulk summary', () => {
  it('counts what was queued and names each service that refused, with its reason', () => {
    const t = (provider: Task['provider']) => ({ provider }) as Task;
    const summary = summarize('delete', [
      { task: t('webwork'), refusal: null },
      { task: t('worksection'), refusal: 'Worksection has no delete in its API.' },
      { task: t('worksection'), refusal: 'Worksection has no delete in its API.' },
    ]);
    expect(summary.queued).toBe(1);
    expect(describeSummary(summary)).toEqual([
      '1 task deleted (queued for their services).',
      'Worksection refused 2 tasks: Worksection has no delete in its API.',
    ]);
  });
});
