import { recordKey } from '../../shared/model.js';
import { addDays } from '../logic/dates.js';
import type { MemoryState } from './memoryState.js';

/** News, a conflict, time entries, a timer and comments for the mock page (accounts acc1..acc4 from seedState). */
export function seedExtras(state: MemoryState, now: Date): void {
  const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000).toISOString();
  const names = ['Maria Rossi', 'Jo Kim', 'Ivan Petrov'];
  for (let i = 0; i < 7; i += 1) {
    state.news.push({
      key: recordKey('workity', 'acc3', 'news', `n${i}`),
      accountId: 'acc3',
      kind: i % 3 === 0 ? 'note' : 'task',
      remoteId: String(200 + i),
      title: ['Desk plan', 'Move checklist', 'Interview slots', 'Keys handover', 'Budget sheet', 'IT setup', 'Welcome pack'][i]!,
      modifiedBy: names[i % 3]!,
      modifiedAt: hoursAgo(i * 9 + 1),
    });
  }
  const task = state.tasks.find((t) => t.provider === 'workity');
  if (task) {
    task.conflict = true;
    state.conflicts.push({
      id: 'c1',
      accountId: task.accountId,
      kind: 'write-write',
      key: task.key,
      title: task.title,
      fields: {
        title: { base: task.title, mine: `${task.title} (final)`, theirs: `${task.title} — agreed` },
        details: {
          base: 'Order boxes for the move.',
          mine: 'Order 40 boxes for the move.',
          theirs: 'Order boxes and tape for the move.',
        },
      },
      serverItems: { original: task.remoteId ?? '', copy: '9001' },
      foundAt: hoursAgo(2),
      resolvedAt: null,
    });
  }
  for (let d = 0; d < 7; d += 1) {
    const day = addDays(now, -d);
    day.setHours(9, 0, 0, 0);
    ['acc1', 'acc4', 'acc2'].forEach((accountId, i) => {
      const minutes = 45 + ((d * 37 + i * 53) % 180);
      const end = new Date(day.getTime() + minutes * 60_000);
      state.time.push({
        key: `time-${accountId}-${d}`,
        accountId,
        kind: accountId === 'acc2' ? 'cost' : 'time',
        projectRemoteId: i === 1 ? '11' : '10',
        taskRemoteId: null,
        start: day.toISOString(),
        end: end.toISOString(),
        minutes,
        note: i === 2 ? 'Design review' : '',
      });
    });
  }
  state.timers.push({
    key: recordKey('worksection', 'acc2', 'timer', 't1'),
    accountId: 'acc2',
    remoteId: 't1',
    taskRemoteId: '1001',
    title: 'Website relaunch: hero section',
    userName: 'Ivan Petrov',
    startedAt: hoursAgo(1),
  });
  const wsTask = state.tasks.find((t) => t.provider === 'worksection');
  if (wsTask) {
    state.comments[wsTask.key] = [
      { remoteId: 'm1', author: 'Jo Kim', text: 'Can we ship this on Friday?', createdAt: hoursAgo(5) },
      { remoteId: 'm2', author: 'Ivan Petrov', text: 'Yes, after the review.', createdAt: hoursAgo(3) },
    ];
  }
  state.items.push({
    key: recordKey('workity', 'acc3', 'note', '300'),
    accountId: 'acc3',
    kind: 'note',
    projectRemoteId: '10',
    remoteId: '300',
    title: 'Movers contact',
    details: 'Call before 10:00.',
    revision: '1',
    updatedAt: hoursAgo(30),
    extras: {},
  });
}
