import type { Write } from './journals.js';
import type { TestCore } from './core.js';

export type Op =
  | { kind: 'create'; task: number; title: string }
  | { kind: 'title'; task: number; title: string }
  | { kind: 'done' | 'open'; task: number };

/**
 * A mixed outbox: creates, renames of created tasks and done/reopen toggles,
 * each op changing something so each must reach the server exactly once.
 */
export function planOps(
  random: () => number,
  total: number,
  creates: number,
  tag: string,
  /** False for a provider whose tasks have no done state (Worksnaps): renames only. */
  toggles = true,
): Op[] {
  const ops: Op[] = [];
  const state: { title: string; done: boolean }[] = [];
  for (let i = 0; i < total; i += 1) {
    const left = total - i;
    const createsLeft = creates - state.length;
    if (createsLeft > 0 && (state.length === 0 || createsLeft >= left || random() < 0.4)) {
      const title = `${tag} task ${state.length + 1}`;
      ops.push({ kind: 'create', task: state.length, title });
      state.push({ title, done: false });
      continue;
    }
    const task = Math.floor(random() * state.length);
    const current = state[task] as { title: string; done: boolean };
    if (!toggles || random() < 0.5) {
      current.title = `${tag} task ${task + 1} rev ${i}`;
      ops.push({ kind: 'title', task, title: current.title });
    } else {
      current.done = !current.done;
      ops.push({ kind: current.done ? 'done' : 'open', task });
    }
  }
  return ops;
}

/**
 * Queues every op through the core's handlers; returns each task's (local) key.
 * Pass the keys of an earlier call to queue a plan in several parts.
 */
export async function queueOps(
  t: TestCore,
  accountId: string,
  projectRemoteId: string,
  ops: Op[],
  keys: string[] = [],
): Promise<string[]> {
  for (const op of ops) {
    if (op.kind === 'create') {
      const result = await t.call('tasks:add', { accountId, projectRemoteId, title: op.title });
      if (result.state !== 'queued') throw new Error(`expected the add to be queued, got ${result.state}`);
      keys[op.task] = result.key;
      continue;
    }
    const key = keys[op.task] as string;
    const patch = op.kind === 'title' ? { title: op.title } : { status: op.kind };
    const result = await t.call('tasks:edit', { key, patch });
    if (result.state !== 'queued') throw new Error(`expected the edit to be queued, got ${result.state}`);
  }
  return keys;
}

/** The writes the server should have committed for these ops, with task numbers for ids. */
export function expectedWrites(ops: Op[]): Write[] {
  return ops.map((op) =>
    op.kind === 'create' || op.kind === 'title'
      ? { id: String(op.task), what: op.kind, value: op.title }
      : { id: String(op.task), what: op.kind },
  );
}

/** Rewrites server ids to task numbers (by the order of creation), keeping only the tasks these ops made. */
export function byTaskNumber(writes: Write[], ops: Op[]): Write[] {
  const titles = new Map(ops.filter((o) => o.kind === 'create').map((o) => [o.title, o.task]));
  const numbers = new Map<string, number>();
  const out: Write[] = [];
  for (const w of writes) {
    if (w.what === 'create' && w.value !== undefined && titles.has(w.value)) {
      if (numbers.has(w.id)) throw new Error(`task ${w.id} created twice`);
      numbers.set(w.id, titles.get(w.value) as number);
    }
    const number = numbers.get(w.id);
    if (number !== undefined) out.push({ ...w, id: String(number) });
  }
  return out;
}
