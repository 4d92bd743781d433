import { expect, it } from 'vitest';
import { TASK_VIEWS, type TaskQuery } from '../../../../shared/contract.js';
import { createFakeSession } from '../../../helpers/fakeSession.js';
import { memoryCacheWithAccount } from '../../../helpers/memoryCache.js';

it('counts every list in one pass exactly as counting each alone does', () => {
  const { cache } = memoryCacheWithAccount();
  const fake = createFakeSession();
  const day = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
  const tasks = Array.from({ length: 300 }, (_, i) => ({
    ...fake.make({ projectRemoteId: `p${i % 7}`, title: `Task ${i}`, details: '', dueDate: i % 4 ? day((i % 41) - 20) : null }),
    status: (['open', 'doing', 'done'] as const)[i % 3]!,
    isMine: i % 5 === 0,
  }));
  cache.tasks.saveServerPage(tasks);
  const queries: TaskQuery[] = [
    ...TASK_VIEWS.map((view) => ({ view, status: 'not-done' as const })),
    ...TASK_VIEWS.map((view) => ({ view, status: 'all' as const })),
    { projectRemoteId: 'p3', status: 'done' },
  ];
  const alone = queries.map((query) => cache.tasks.count(query));
  expect(cache.tasks.countEach(queries)).toEqual(alone);
  // Not a vacuous match: the lists differ, and only "pending" (no outbox here) is empty.
  expect(new Set(alone).size).toBeGreaterThan(5);
  expect(queries.filter((q, i) => alone[i] === 0).map((q) => q.view)).toEqual(['pending', 'pending']);
});
