import { afterEach, describe, expect, it } from 'vitest';
import { openCache, type Cache } from '../../../main/core/cache/index.js';
import { buildTaskQuery } from '../../../main/core/cache/taskQuery.js';
import { createFakeSession } from '../../helpers/fakeSession.js';

/*
 * "Due today" and "Overdue" from the core's cache, just after midnight on the
 * user's wall while UTC is still on the other side of it.
 */
let cache: Cache | null = null;
afterEach(() => cache?.close());

function cacheAt(now: Date, zone: string): Cache {
  cache = openCache(':memory:', () => now, zone);
  cache.accounts.insert({
    id: 'acc1',
    provider: 'webwork',
    label: 'Test',
    baseUrl: 'http://127.0.0.1:1/api/v2',
    settings: {},
    createdAt: now.toISOString(),
  });
  const fake = createFakeSession();
  cache.tasks.saveServerPage(
    ['2026-12-04', '2026-12-05', '2026-12-06'].map((dueDate) =>
      fake.make({ projectRemoteId: 'p1', title: `due ${dueDate}`, details: '', dueDate }),
    ),
  );
  return cache;
}

const titles = (c: Cache, view: 'due-today' | 'overdue') => c.tasks.list({ view }).tasks.map((t) => t.title);

describe('due today and overdue are the user\u2019s day', () => {
  it('east of UTC: 00:30 on the 6th in Auckland is still the 5th in UTC', () => {
    const c = cacheAt(new Date('2026-12-05T11:30:00Z'), 'Pacific/Auckland');
    expect(titles(c, 'due-today')).toEqual(['due 2026-12-06']);
    expect(titles(c, 'overdue')).toEqual(['due 2026-12-04', 'due 2026-12-05']);
  });

  it('west of UTC: 23:30 on the 4th in Los Angeles is already the 5th in UTC', () => {
    const c = cacheAt(new Date('2026-12-05T07:30:00Z'), 'America/Los_Angeles');
    expect(titles(c, 'due-today')).toEqual(['due 2026-12-04']);
    expect(titles(c, 'overdue')).toEqual([]);
  });

  it('a minute later the Los Angeles day has turned', () => {
    const c = cacheAt(new Date('2026-12-05T08:00:00Z'), 'America/Los_Angeles');
    expect(titles(c, 'due-today')).toEqual(['due 2026-12-05']);
    expect(titles(c, 'overdue')).toEqual(['due 2026-12-04']);
  });

  it('the query\u2019s "today" follows the zone it is given', () => {
    const now = new Date('2026-12-05T10:59:00Z');
    expect(buildTaskQuery({ view: 'due-today' }, now, 'Pacific/Auckland').params.today).toBe('2026-12-05');
    expect(buildTaskQuery({ view: 'due-today' }, now, 'America/Los_Angeles').params.today).toBe('2026-12-05');
    expect(buildTaskQuery({ view: 'due-today' }, new Date('2026-12-05T11:00:00Z'), 'Pacific/Auckland').params.today).toBe(
      '2026-12-06',
    );
    expect(buildTaskQuery({ view: 'due-today' }, new Date('2026-12-05T07:00:00Z'), 'America/Los_Angeles').params.today).toBe(
      '2026-12-04',
    );
  });
});
