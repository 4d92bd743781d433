import type { WebworkSimulator } from '../../../simulators/webwork/index.js';
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
