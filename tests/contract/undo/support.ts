import type { Task } from '../../../shared/model.js';
import type { TaskCounts } from '../../../shared/contract.js';
import { openTestCore, type TestCore } from '../sync/support/core.js';
import type { SimTarget } from '../sync/support/targets.js';

export interface UndoSetup {
  t: TestCore;
  accountId: string;
  /** Open tasks with a remote id, as synced from the simulator. */
  tasks: Task[];
  /** Every counts:changed payload so far, oldest first. */
  counts: TaskCounts[];
}

/** The real core on a simulator's account, synced; `deferPush` keeps every change queued (offline). */
export async function syncedCore(target: Pick<SimTarget, 'provider' | 'url' | 'secret'>, deferPush = false): Promise<UndoSetup> {
  const t = openTestCore({ deferPush });
  const counts: TaskCounts[] = [];
  t.core.events.on('counts:changed', (payload) => counts.push(payload));
  const account = await t.call('accounts:add', {
    provider: target.provider,
    label: 'Undo',
    baseUrl: target.url,
    secret: target.secret,
  });
  const report = await t.call('sync:run', { accountId: account.id });
  if (report.accounts[0]?.error) throw new Error(report.accounts[0].error.message);
  const { tasks } = await t.call('tasks:list', { accountId: account.id, status: 'open', sort: 'title' });
  return { t, accountId: account.id, tasks: tasks.filter((task) => task.remoteId), counts };
}

export const remoteIdOf = (task: Task | undefined): string => {
  if (!task?.remoteId) throw new Error('the simulator gave no open task with an id');
  return task.remoteId;
};
