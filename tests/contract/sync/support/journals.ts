import type { WebworkSimulator } from '../../../simulators/webwork/index.js';
import type { WorkitySimulator } from '../../../simulators/workity/index.js';
import type { SimItem } from '../../../simulators/workity/state.js';
import type { WorksnapsSimulator } from '../../../simulators/worksnaps/index.js';
import type { SimTask as WsnTask } from '../../../simulators/worksnaps/state.js';
import type { WorksectionSimulator } from '../../../simulators/worksection/index.js';

/** One write the server committed, in the terms of the outbox operations. */
export interface Write {
  id: string;
  what: 'create' | 'title' | 'done' | 'open' | 'no-change';
  value?: string;
}

type WwTask = WebworkSimulator['state']['tasks'][number];
const WW_DONE = 20;

/**
 * Records every task write the WebWork simulator commits, by watching its
 * task list (creates) and each new task's fields (updates stamp updated_at
 * once per PUT). The simulator's call log cannot tell a socket cut before
 * handling from one cut after committing; this journal can.
 */
export function journalWebwork(sim: WebworkSimulator): Write[] {
  const writes: Write[] = [];
  const watch = (task: WwTask): WwTask => {
    let seen = { title: task.title, status: task.status };
    return new Proxy(task, {
      set(target, prop, value) {
        (target as unknown as Record<string | symbol, unknown>)[prop] = value;
        if (prop !== 'updated_at') return true;
        const id = String(target.id);
        if (target.title !== seen.title) writes.push({ id, what: 'title', value: target.title });
        if ((target.status === WW_DONE) !== (seen.status === WW_DONE))
          writes.push({ id, what: target.status === WW_DONE ? 'done' : 'open' });
        if (target.title === seen.title && target.status === seen.status) writes.push({ id, what: 'no-change' });
        seen = { title: target.title, status: target.status };
        return true;
      },
    });
  };
  sim.state.tasks = new Proxy(sim.state.tasks, {
    set(target, prop, value: unknown) {
      const isNew = typeof prop === 'string' && /^\d+$/.test(prop) && Number(prop) >= target.length;
      if (isNew && value && typeof value === 'object') {
        const task = value as WwTask;
        writes.push({ id: String(task.id), what: 'create', value: task.title });
        (target as unknown as Record<string, unknown>)[prop] = watch(task);
        return true;
      }
      (target as unknown as Record<string | symbol, unknown>)[prop] = value;
      return true;
    },
  });
  return writes;
}

/** Worksection's simulator keeps an event log of committed task writes; read it as writes. */
export function worksectionWrites(sim: WorksectionSimulator, since = 0): Write[] {
  return sim.state.events.slice(since).flatMap((e): Write[] => {
    if (e.type !== 'task') return [];
    if (e.action === 'post') return [{ id: e.id, what: 'create', value: String(e.next.name) }];
    if (e.action === 'update') return [{ id: e.id, what: 'title', value: String(e.next.name) }];
    if (e.action === 'close') return [{ id: e.id, what: 'done' }];
    if (e.action === 'reopen') return [{ id: e.id, what: 'open' }];
    return [];
  });
}

/**
 * Worksnaps tasks live in a Map; a create is a `set` of a new id and a rename
 * assigns `name` in place (the same name again is a repeated write).
 */
export function journalWorksnaps(sim: WorksnapsSimulator): Write[] {
  const writes: Write[] = [];
  const tasks = sim.state.tasks;
  const set = tasks.set.bind(tasks);
  tasks.set = (id: number, task: WsnTask) => {
    if (tasks.has(id)) return set(id, task);
    writes.push({ id: String(id), what: 'create', value: task.name });
    let seen = task.name;
    return set(
      id,
      new Proxy(task, {
        set(target, prop, value) {
          (target as unknown as Record<string | symbol, unknown>)[prop] = value;
          if (prop !== 'name') return true;
          writes.push(
            value === seen ? { id: String(id), what: 'no-change' } : { id: String(id), what: 'title', value: String(value) },
          );
          seen = String(value);
          return true;
        },
      }),
    );
  };
  return writes;
}

/**
 * Workity items live in a Map keyed `kind:id`; every write (SaveTask,
 * UpdateTaskStatus) ends by stamping `changedAt`, so each stamp is one write.
 * A write-write conflict copy is a new item: it shows up as a second create.
 */
export function journalWorkity(sim: WorkitySimulator): Write[] {
  const writes: Write[] = [];
  const items = sim.state.items;
  const set = items.set.bind(items);
  items.set = (key: string, item: SimItem) => {
    if (items.has(key) || item.kind !== 'task') return set(key, item);
    const id = String(item.id);
    writes.push({ id, what: 'create', value: item.title });
    let seen = { title: item.title, done: item.isFinished };
    return set(
      key,
      new Proxy(item, {
        set(target, prop, value) {
          (target as unknown as Record<string | symbol, unknown>)[prop] = value;
          if (prop !== 'changedAt') return true;
          if (target.title !== seen.title) writes.push({ id, what: 'title', value: target.title });
          if (target.isFinished !== seen.done) writes.push({ id, what: target.isFinished ? 'done' : 'open' });
          if (target.title === seen.title && target.isFinished === seen.done) writes.push({ id, what: 'no-change' });
          seen = { title: target.title, done: target.isFinished };
          return true;
        },
      }),
    );
  };
  return writes;
}
