import { describe, expect, it } from 'vitest';
import type { AccountSyncStatus, PublicAccount } from '../../../shared/contract.js';
import type { NewsItem, TimeEntry } from '../../../shared/model.js';
import { describeNews, groupNewsByDay } from '../../../renderer/logic/newsGroups.js';
import { ago, summarizeSync } from '../../../renderer/logic/syncSummary.js';
import { daysInRange, formatMinutes, totalsPerDay, totalsPerProject } from '../../../renderer/logic/timeTotals.js';

const local = (y: number, m: number, d: number, h = 10) => new Date(y, m - 1, d, h).toISOString();

describe('time totals', () => {
  const entry = (start: string, minutes: number, projectRemoteId: string, kind: TimeEntry['kind'] = 'time'): TimeEntry => ({
    key: `${start}-${projectRemoteId}`,
    accountId: 'a',
    kind,
    projectRemoteId,
    taskRemoteId: null,
    start,
    end: null,
    minutes,
    note: '',
  });
  const entries = [
    entry(local(2026, 11, 16), 90, 'p1'),
    entry(local(2026, 11, 16, 15), 30, 'p2'),
    entry(local(2026, 11, 18), 45, 'p1', 'cost'),
  ];

  it('gives every day of the range a total, including empty days', () => {
    expect(totalsPerDay(entries, '2026-11-15', '2026-11-18')).toEqual([
      { day: '2026-11-15', minutes: 0 },
      { day: '2026-11-16', minutes: 120 },
      { day: '2026-11-17', minutes: 0 },
      { day: '2026-11-18', minutes: 45 },
    ]);
  });

  it('totals per project and keeps costs apart from tracked time', () => {
    expect(totalsPerProject(entries).map((t) => [t.projectRemoteId, t.kind, t.minutes])).toEqual([
      ['p1', 'time', 90],
      ['p1', 'cost', 45],
      ['p2', 'time', 30],
    ]);
  });

  it('formats minutes as hours and handles a reversed range', () => {
    expect(formatMinutes(135)).toBe('2:15');
    expect(daysInRange('2026-11-20', '2026-11-18')).toEqual([]);
  });
});

describe('news grouping', () => {
  const item = (title: string, modifiedAt: string | null): NewsItem => ({
    key: title,
    accountId: 'a',
    kind: 'task',
    remoteId: title,
    title,
    modifiedBy: 'Jo',
    modifiedAt,
  });

  it('groups newest first by local day, undated last', () => {
    const groups = groupNewsByDay([
      item('old', local(2026, 11, 16)),
      item('none', null),
      item('new', local(2026, 11, 18)),
      item('newer', local(2026, 11, 18, 16)),
    ]);
    expect(groups.map((g) => [g.day, g.items.map((i) => i.title)])).toEqual([
      ['2026-11-18', ['newer', 'new']],
      ['2026-11-16', ['old']],
      ['undated', ['none']],
    ]);
    expect(describeNews(item('Desk plan', null))).toBe('Jo changed the task “Desk plan”');
  });
});

describe('sync summary', () => {
  const account = (id: string, provider: PublicAccount['provider']): PublicAccount => ({
    id,
    provider,
    label: `L-${id}`,
    baseUrl: '',
    userName: null,
    settings: {},
  });
  const status = (accountId: string, patch: Partial<AccountSyncStatus>): AccountSyncStatus => ({
    accountId,
    provider: 'workity',
    online: true,
    syncing: false,
    lastSyncedAt: null,
    error: null,
    progress: null,
    ...patch,
  });

  it('lists each unreachable provider once with its accounts, and sums progress', () => {
    const accounts = [account('1', 'workity'), account('2', 'workity'), account('3', 'webwork')];
    const summary = summarizeSync(accounts, {
      1: status('1', { online: false, lastSyncedAt: '2026-11-18T09:00:00Z' }),
      2: status('2', { online: false, syncing: true, progress: { phase: 'tasks', done: 1, total: 4 } }),
      3: status('3', { syncing: true, progress: { phase: 'tasks', done: 3, total: 4 }, lastSyncedAt: '2026-11-18T10:00:00Z' }),
    });
    expect(summary.offline.map((o) => [o.provider, o.accounts])).toEqual([['workity', ['L-1', 'L-2']]]);
    expect(summary.progress).toBe(0.5);
    expect(summary.lastSyncedAt).toBe('2026-11-18T09:00:00Z');
  });

  it('says how long ago in words', () => {
    const now = new Date('2026-11-18T12:00:00Z');
    expect(ago(null, now)).toBe('never');
    expect(ago('2026-11-18T11:55:00Z', now)).toBe('5 min ago');
    expect(ago('2026-11-18T09:00:00Z', now)).toBe('3 h ago');
  });
});
