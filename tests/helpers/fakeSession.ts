import { AppError } from '../../shared/errors.js';
import { recordKey, type NewTask, type Task, type TaskPatch } from '../../shared/model.js';
import type { ProviderSession, PullSink, UpdateOutcome } from '../../main/core/providers/types.js';

/** Faults a test queues on the fake server: each is used by one call. */
export type FakeFault = 'offline-before' | 'offline-after-commit' | 'server-error' | 'refuse';

/**
 * An in-memory provider server and session, for testing the sync engine
 * without a network. Tasks are keyed like webwork's so the real capabilities apply.
 */
export function createFakeSession(accountId = 'acc1') {
  const server = new Map<string, Task>();
  const faults: FakeFault[] = [];
  const calls: string[] = [];
  let nextId = 1;
  const now = () => new Date().toISOString();

  const fault = (op: string): FakeFault | undefined => {
    calls.push(op);
    return faults.shift();
  };
  const before = (f: FakeFault | undefined): void => {
    if (f === 'offline-before') throw new AppError('offline', 'fake: connection refused', { provider: 'webwork' });
    if (f === 'server-error') throw new AppError('server', 'fake: HTTP 500', { provider: 'webwork' });
    if (f === 'refuse')
      throw new AppError('validation', 'fake: title is too long', { provider: 'webwork', providerCode: 422, field: 'title' });
  };
  const after = (f: FakeFault | undefined): void => {
    if (f === 'offline-after-commit') throw new AppError('offline', 'fake: socket hang up', { provider: 'webwork' });
  };
  const make = (input: NewTask): Task => {
    const remoteId = String(nextId++);
    return {
      key: recordKey('webwork', accountId, 'task', remoteId),
      provider: 'webwork',
      accountId,
      projectRemoteId: input.projectRemoteId,
      remoteId,
      parentRemoteId: null,
      title: input.title,
      details: input.details,
      status: 'open',
      rawStatus: '0',
      priority: 30,
      dueDate: input.dueDate,
      assignees: [],
      tags: [],
      isMine: true,
      revision: now(),
      updatedAt: now(),
      extras: { createdAt: now() },
      pending: false,
      conflict: false,
    };
  };

  const session: ProviderSession = {
    verify: async () => ({ userRemoteId: '1', userName: 'Fake User', settings: {} }),
    async pull(sink: PullSink) {
      const f = fault('pull');
      before(f);
      sink.projects([
        {
          key: recordKey('webwork', accountId, 'project', 'p1'),
          provider: 'webwork',
          accountId,
          remoteId: 'p1',
          name: 'Project',
          archived: false,
          raw: {},
        },
      ]);
      sink.tasks(
        'p1',
        [...server.values()].map((t) => ({ ...t })),
        { index: 0, last: true },
      );
    },
    async createTask(input) {
      const f = fault('create');
      before(f);
      const task = make(input);
      server.set(task.remoteId as string, task);
      after(f);
      return { ...task };
    },
    async findCreatedTask(input) {
      calls.push('find');
      return [...server.values()].find((t) => t.title === input.title && t.projectRemoteId === input.projectRemoteId) ?? null;
    },
    async getTask(_project, remoteId) {
      const f = fault('get');
      before(f);
      const task = server.get(remoteId);
      return task ? { ...task } : null;
    },
    async updateTask(base: Task, patch: TaskPatch): Promise<UpdateOutcome> {
      const f = fault('update');
      before(f);
      const current = server.get(base.remoteId as string);
      if (!current) throw new AppError('not-found', 'fake: no such task', { provider: 'webwork' });
      const next = { ...current, ...patch, updatedAt: now(), revision: now() };
      server.set(current.remoteId as string, next);
      after(f);
      return { kind: 'saved', task: { ...next } };
    },
    async deleteTask(task) {
      const f = fault('delete');
      before(f);
      server.delete(task.remoteId as string);
    },
    close: async () => undefined,
  };
  return { session, server, faults, calls, make };
}
