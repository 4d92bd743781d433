import type { FaultSwitches } from '../../../simulators/common/faults.js';
import { startWebworkSimulator } from '../../../simulators/webwork/index.js';
import { startWorksectionSimulator } from '../../../simulators/worksection/index.js';
import { startWorksnapsSimulator } from '../../../simulators/worksnaps/index.js';
import { startWorkitySimulator } from '../../../simulators/workity/index.js';
import { itemKey } from '../../../simulators/workity/state.js';

/** A simulator as the sync tests see it, with a way to change a task "on the server" behind the client's back. */
export interface SimTarget {
  provider: 'webwork' | 'worksection' | 'worksnaps' | 'workity';
  /** Extra `accounts add` options the provider needs (Workity's e-mail). */
  addArgs?: string[];
  /** False where the provider's tasks have no done state (Worksnaps). */
  hasDone: boolean;
  url: string;
  secret: string;
  faults: FaultSwitches;
  requests(): number;
  close(): Promise<void>;
  serverEdit(remoteId: string, change: { title?: string; done?: boolean }): void;
  serverTask(remoteId: string): { title: string; done: boolean; details?: string } | null;
}

export async function workityTarget(port = 0): Promise<SimTarget> {
  const sim = await startWorkitySimulator({ port, tasksPerProject: 4 });
  const find = (remoteId: string) => sim.state.items.get(itemKey('task', Number(remoteId))) ?? null;
  return {
    provider: 'workity',
    hasDone: true,
    addArgs: ['--email', sim.users.lenny.email],
    url: sim.url,
    secret: sim.users.lenny.password,
    faults: sim.faults,
    requests: () => sim.requests(),
    close: () => sim.close(),
    serverEdit(remoteId, change) {
      const task = find(remoteId);
      if (!task) throw new Error(`no task ${remoteId}`);
      // Another project member saving: the content changes and the revision counts up.
      if (change.title !== undefined) task.title = change.title;
      if (change.done !== undefined) task.isFinished = change.done;
      task.revision += 1;
      task.modifiedBy = sim.users.carl.id;
    },
    serverTask(remoteId) {
      const task = find(remoteId);
      return task ? { title: task.title, done: task.isFinished } : null;
    },
  };
}

export async function worksnapsTarget(port = 0): Promise<SimTarget> {
  const sim = await startWorksnapsSimulator({ port, tasksPerProject: 4 });
  const find = (remoteId: string) => sim.state.tasks.get(Number(remoteId)) ?? null;
  return {
    provider: 'worksnaps',
    hasDone: false,
    url: sim.url,
    secret: sim.tokens.alice,
    faults: sim.faults,
    requests: () => sim.requests(),
    close: () => sim.close(),
    serverEdit(remoteId, change) {
      const task = find(remoteId);
      if (!task) throw new Error(`no task ${remoteId}`);
      if (change.title !== undefined) task.name = change.title;
    },
    serverTask(remoteId) {
      const task = find(remoteId);
      return task ? { title: task.name, done: false, details: task.description } : null;
    },
  };
}

export async function webworkTarget(port = 0): Promise<SimTarget> {
  const sim = await startWebworkSimulator({ port, tasksPerProject: 4, bigProjectTasks: 4, rateLimitPerMinute: 1_000_000 });
  const find = (remoteId: string) => sim.state.tasks.find((t) => String(t.id) === remoteId) ?? null;
  return {
    provider: 'webwork',
    hasDone: true,
    url: sim.url,
    secret: sim.tokens.owner,
    faults: sim.faults,
    requests: () => sim.requests(),
    close: () => sim.close(),
    serverEdit(remoteId, change) {
      const task = find(remoteId);
      if (!task) throw new Error(`no task ${remoteId}`);
      if (change.title !== undefined) task.title = change.title;
      if (change.done !== undefined) task.status = change.done ? 20 : 0;
      task.updated_at = new Date(Date.now() + 1000).toISOString();
    },
    serverTask(remoteId) {
      const task = find(remoteId);
      return task ? { title: task.title, done: task.status === 20 } : null;
    },
  };
}

export async function worksectionTarget(port = 0): Promise<SimTarget> {
  const sim = await startWorksectionSimulator({ port, tasksPerProject: 4, quotaPerMinute: 0 });
  const find = (remoteId: string) => sim.state.tasks.find((t) => t.id === remoteId) ?? null;
  return {
    provider: 'worksection',
    hasDone: true,
    url: sim.url,
    secret: sim.apiKey,
    faults: sim.faults,
    requests: () => sim.requests(),
    close: () => sim.close(),
    serverEdit(remoteId, change) {
      const task = find(remoteId);
      if (!task) throw new Error(`no task ${remoteId}`);
      if (change.title !== undefined) task.name = change.title;
      if (change.done !== undefined) task.status = change.done ? 'done' : 'active';
    },
    serverTask(remoteId) {
      const task = find(remoteId);
      return task ? { title: task.name, done: task.status === 'done' } : null;
    },
  };
}
