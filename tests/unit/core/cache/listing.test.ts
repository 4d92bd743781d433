import { describe, expect, it } from 'vitest';
import type { Cache } from '../../../../main/core/cache/index.js';
import { COUNT_STEP, listingSql, type PageOrder } from '../../../../main/core/cache/taskListing.js';
import { buildTaskQuery } from '../../../../main/core/cache/taskQuery.js';
import type { TaskQuery } from '../../../../shared/contract.js';
import { createFakeSession } from '../../../helpers/fakeSession.js';
import { memoryCacheWithAccount } from '../../../helpers/memoryCache.js';

/** EXPLAIN QUERY PLAN of the statement that picks a listing's page, one line per step. */
function pagePlan(cache: Cache, query: TaskQuery, order: PageOrder): string[] {
  const fragment = buildTaskQuery(query, new Date());
  const sql = listingSql(fragment).page(order);
  const rows = cache.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ ...fragment.params, limit: 200, offset: 0 }) as {
    detail: string;
  }[];
  return rows.map((row) => row.detail);
}

/** `count` tasks, the first `matching` of them with "invoice" in the title, stored in that order. */
function fill(cache: Cache, count: number, matching: number): void {
  const fake = createFakeSession();
  const tasks = Array.from({ length: count }, (_, n) =>
    fake.make({
      projectRemoteId: 'p1',
      title: n < matching ? `Invoice ${String(n).padStart(5, '0')}` : `Lunch ${n}`,
      details: n % 2 === 0 ? 'shared notes' : '',
      dueDate: null,
    }),
  );
  cache.tasks.saveServerPage(tasks);
}

describe('task listing plans', () => {
  it('reads a search page off the full-text index in its own order, with no sort of the matches', () => {
    const { cache } = memoryCacheWithAccount();
    const plan = pagePlan(cache, { search: 'invoice', status: 'not-done' }, 'fts');
    expect(plan[0]).toMatch(/^SCAN f VIRTUAL TABLE INDEX/);
    expect(plan.some((step) => /SEARCH t USING INTEGER PRIMARY KEY/.test(step))).toBe(true);
    expect(plan.join('\n')).not.toMatch(/TEMP B-TREE/);
  });

  it('picks a page of a search with no other filter from the full-text index alone, never the task rows', () => {
    const { cache } = memoryCacheWithAccount();
    const plan = pagePlan(cache, { search: 'invoice', status: 'all' }, 'fts');
    expect(plan).toHaveLength(1);
    expect(plan[0]).toMatch(/^SCAN f VIRTUAL TABLE INDEX/);
  });

  it('reads the default listing and the due views off an index made for their order', () => {
    const { cache } = memoryCacheWithAccount();
    const byUpdated = pagePlan(cache, { status: 'not-done' }, 'query');
    expect(byUpdated.join('\n')).toMatch(/USING (COVERING )?INDEX tasks_order_sort/);
    expect(byUpdated.join('\n')).not.toMatch(/TEMP B-TREE/);
    const overdue = pagePlan(cache, { view: 'overdue', status: 'not-done' }, 'query');
    expect(overdue.join('\n')).toMatch(/INDEX tasks_order_due/);
    expect(overdue.join('\n')).not.toMatch(/TEMP B-TREE/);
    const byTitle = pagePlan(cache, { sort: 'title', status: 'all' }, 'query');
    expect(byTitle.join('\n')).toMatch(/INDEX tasks_order_title/);
    expect(byTitle.join('\n')).not.toMatch(/TEMP B-TREE/);
  });
});

describe('task listing counts', () => {
  it('counts a search only a step past the page, and lists many matches newest stored first', () => {
    const { cache } = memoryCacheWithAccount();
    fill(cache, COUNT_STEP + 300, COUNT_STEP + 200);
    const first = cache.tasks.list({ search: 'invoice', sort: 'title', limit: 50 });
    expect(first).toMatchObject({ total: COUNT_STEP, capped: true });
    // Newest stored first is the highest number here, where a sort by title would start at 00000.
    expect(first.tasks.map((t) => t.title).slice(0, 2)).toEqual(['Invoice 01199', 'Invoice 01198']);
    // The page that ends the first thousand already counts into the next one, so a scrolled list grows.
    expect(cache.tasks.list({ search: 'invoice', limit: 200, offset: 800 })).toMatchObject({ total: COUNT_STEP + 200 });
    const deep = cache.tasks.list({ search: 'invoice', sort: 'title', limit: 200, offset: COUNT_STEP });
    expect(deep).toMatchObject({ total: COUNT_STEP + 200, capped: false });
    expect(deep.tasks).toHaveLength(200);
    expect(deep.tasks.every((t) => t.title.startsWith('Invoice'))).toBe(true);
    expect(cache.tasks.count({ search: 'invoice' })).toBe(COUNT_STEP + 200);
    const plain = cache.tasks.list({ limit: 10 });
    expect(plain).toMatchObject({ total: COUNT_STEP, capped: true });
    expect(cache.tasks.count({})).toBe(COUNT_STEP + 300);
  });

  it('sorts a search with few matches as asked, with an exact count', () => {
    const { cache } = memoryCacheWithAccount();
    fill(cache, 400, 30);
    const found = cache.tasks.list({ search: 'invoice shared', sort: 'title', limit: 5 });
    expect(found.capped).toBe(false);
    expect(found.total).toBe(15);
    const titles = found.tasks.map((t) => t.title);
    expect(titles).toEqual([...titles].sort());
    expect(titles[0]).toBe('Invoice 00000');
  });
});
