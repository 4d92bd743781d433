import { afterEach, describe, expect, it } from 'vitest';
import { openCache, type Cache } from '../../../../main/core/cache/index.js';
import { createFakeSession } from '../../../helpers/fakeSession.js';

/* Today, Upcoming and a search with nothing to search, from the core's cache. */
let cache: Cache | null = null;
afterEach(() => cache?.close());

const NOW = new Date('2026-12-05T10:00:00Z');
const DUES = ['2026-12-01', '2026-12-04', '2026-12-05', '2026-12-06', '2026-12-19', '2026-12-20', null];

function seeded(): Cache {
  cache = openCache(':memory:', () => NOW, 'Europe/Berlin');
  cache.accounts.insert({
    id: 'acc1',
    provider: 'webwork',
    label: 'Test',
    baseUrl: 'http://127.0.0.1:1/api/v2',
    settings: {},
    createdAt: NOW.toISOString(),
  });
  const fake = createFakeSession();
  cache.tasks.saveServerPage(
    DUES.map((dueDate) => fake.make({ projectRemoteId: 'p1', title: `due ${dueDate ?? 'never'}`, details: '', dueDate })),
  );
  return cache;
}

const titles = (c: Cache, view: 'today' | 'upcoming') => c.tasks.list({ view, status: 'not-done' }).tasks.map((t) => t.title);

describe('Today and Upcoming', () => {
  it('Today holds the overdue tasks first, then the ones due today', () => {
    expect(titles(seeded(), 'today')).toEqual(['due 2026-12-01', 'due 2026-12-04', 'due 2026-12-05']);
  });

  it('Upcoming holds the fourteen days after today, in date order', () => {
    expect(titles(seeded(), 'upcoming')).toEqual(['due 2026-12-06', 'due 2026-12-19']);
  });
});

describe('a search with no searchable words', () => {
  it('matches nothing instead of listing every task', () => {
    const c = seeded();
    expect(c.tasks.list({ search: '🎉' }).total).toBe(0);
    expect(c.tasks.list({ search: '2026' }).total).toBeGreaterThan(0);
  });
});
