import { expect, it } from 'vitest';
import { priorityLevel, PRIORITY_LEVELS } from '../../../../shared/priority.js';
import { createFakeSession } from '../../../helpers/fakeSession.js';
import { memoryCacheWithAccount } from '../../../helpers/memoryCache.js';

it('sorts by priority level across services, each read on its own scale, tasks without one last', () => {
  const { cache } = memoryCacheWithAccount();
  const fake = createFakeSession();
  const make = (title: string, priority: number | null, provider: 'webwork' | 'worksection' = 'webwork') => ({
    ...fake.make({ projectRemoteId: 'p1', title, details: '', dueDate: null }),
    provider,
    priority,
  });
  const tasks = [
    make('WebWork low', 40),
    make('No priority', null),
    make('Worksection 6', 6, 'worksection'),
    make('WebWork urgent', 10),
    make('Worksection high', 7, 'worksection'),
    make('Worksection low', 1, 'worksection'),
    make('WebWork 25', 25),
  ];
  cache.tasks.saveServerPage(tasks);
  const listed = cache.tasks.list({ sort: 'priority', status: 'all' }).tasks;
  expect(listed.map((t) => t.title)).toEqual([
    'WebWork urgent',
    // 25 is half-way between High (20) and Normal (30), 6 between Normal (5) and High (7):
    // the more urgent wins, as priorityLevel() reads them. Within a level, by title.
    'WebWork 25',
    'Worksection 6',
    'Worksection high',
    'WebWork low',
    'Worksection low',
    'No priority',
  ]);
  // The listing's order is the order of the levels the rows show.
  const ranks = listed.map((t) => {
    const level = priorityLevel(t.provider, t.priority);
    return level === null ? PRIORITY_LEVELS.length : PRIORITY_LEVELS.indexOf(level);
  });
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
});
