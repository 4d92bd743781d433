import type { Task } from '../../shared/model.js';

/** A plain open WebWork task with every field set, for tests that need a Task and care about a few fields. */
export function makeTask(patch: Partial<Task> = {}): Task {
  return {
    key: 'k',
    provider: 'webwork',
    accountId: 'a1',
    projectRemoteId: 'p1',
    remoteId: '1',
    parentRemoteId: null,
    title: 't',
    details: '',
    status: 'open',
    rawStatus: null,
    priority: null,
    dueDate: null,
    assignees: [],
    tags: [],
    isMine: false,
    revision: null,
    updatedAt: null,
    extras: {},
    pending: false,
    conflict: false,
    ...patch,
  };
}
