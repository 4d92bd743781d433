import type { Cache } from '../../main/core/cache/index.js';
import { localTaskKey, type Task } from '../../shared/model.js';

/**
 * Queues a WebWork task create the way the core's add does: the local row and its outbox
 * entry in one transaction. Returns the task's local key.
 */
export function queueCreate(cache: Cache, title: string, where = { accountId: 'acc1', projectRemoteId: 'p1' }): string {
  const { accountId, projectRemoteId } = where;
  const key = localTaskKey('webwork', accountId, title);
  const task: Task = {
    key,
    provider: 'webwork',
    accountId,
    projectRemoteId,
    remoteId: null,
    parentRemoteId: null,
    title,
    details: '',
    status: 'open',
    rawStatus: null,
    priority: null,
    dueDate: null,
    assignees: [],
    tags: [],
    isMine: true,
    revision: null,
    updatedAt: null,
    extras: {},
    pending: true,
    conflict: false,
  };
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
