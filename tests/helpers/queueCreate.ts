import type { Cache } from '../../main/core/cache/index.js';
import { localTaskKey } from '../../shared/model.js';
import { makeTask } from './taskFixture.js';

/**
 * Queues a WebWork task create the way the core's add does: the local row and its outbox
 * entry in one transaction. Returns the task's local key.
 */
export function queueCreate(cache: Cache, title: string, where = { accountId: 'acc1', projectRemoteId: 'p1' }): string {
  const { accountId, projectRemoteId } = where;
  const key = localTaskKey('webwork', accountId, title);
  const task = makeTask({ key, accountId, projectRemoteId, remoteId: null, title, isMine: true, pending: true });
  cache.transaction(() => {
    cache.tasks.insertLocal(task);
    cache.outbox.add({
      accountId,
      op: 'task.create',
      key,
      payload: { task: { projectRemoteId, title, details: '', dueDate: null } },
    });
  });
  return key;
}
