import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../shared/contract.js';
import type { Task } from '../../shared/model.js';
import { call, describeError, toPayload } from '../api/result.js';
import { patchFor, refusalBefore, reversePatch, summarize, type BulkAction, type BulkSummary } from '../logic/bulk.js';
import type { AccountsState } from './accountsStore.js';
import { taskAt, type TasksState } from './tasksStore.js';

/** What one batch changed, so it can be put back in one step. */
interface Batch {
  action: BulkAction;
  before: Task[];
}

/**
 * The multi-selection of the task list (the list's cursor stays in the tasks
 * store) and the bulk actions on it. Each task of a batch goes through the
 * same mutation channels as a single edit, so each is queued in the outbox
 * on its own and a refusal names its service.
 */
export interface SelectionState {
  /** Selected task keys; empty means "just the row under the cursor". */
  keys: string[];
  /** Where a Shift-extension starts. */
  anchor: number | null;
  running: boolean;
  summary: BulkSummary | null;
  lastBatch: Batch | null;
  toggle(index: number): void;
  /** Selects from the anchor (or the cursor) to `index`, and moves the cursor there. */
  extendTo(index: number): void;
  /** Every task of the list that has been fetched (all of a list up to a page long). */
  selectAll(): void;
  clear(): void;
  run(action: BulkAction): Promise<void>;
  /** Puts every task of the last batch back as it was (not deletes: those wait for the outbox's undo). */
  undo(): Promise<void>;
  dismiss(): void;
}

function loadedTasks(tasks: TasksState, from: number, to: number): Task[] {
  const out: Task[] = [];
  for (let i = Math.max(0, from); i <= Math.min(to, tasks.total - 1); i += 1) {
    const task = taskAt(tasks, i);
    if (task) out.push(task);
  }
  return out;
}

export function createSelectionStore(
  api: Api,
  tasks: StoreApi<TasksState>,
  accounts: StoreApi<AccountsState>,
): StoreApi<SelectionState> {
  return createStore<SelectionState>()((set, get) => {
    const chosen = (): Task[] => {
      const state = tasks.getState();
      const keys = new Set(get().keys);
      if (keys.size === 0) {
        const cursor = taskAt(state, state.selectedIndex);
        return cursor ? [cursor] : [];
      }
      return loadedTasks(state, 0, state.total - 1).filter((t) => keys.has(t.key));
    };

    return {
      keys: [],
      anchor: null,
      running: false,
      summary: null,
      lastBatch: null,
      toggle(index) {
        const task = taskAt(tasks.getState(), index);
        if (!task) return;
        const keys = new Set(get().keys);
        if (keys.size === 0) {
          const cursor = taskAt(tasks.getState(), tasks.getState().selectedIndex);
          if (cursor) keys.add(cursor.key);
        }
        if (keys.has(task.key)) keys.delete(task.key);
        else keys.add(task.key);
        set({ keys: [...keys], anchor: index });
        tasks.getState().select(index);
      },
      extendTo(index) {
        const state = tasks.getState();
        const anchor = get().anchor ?? state.selectedIndex;
        const [from, to] = anchor <= index ? [anchor, index] : [index, anchor];
        set({ keys: loadedTasks(state, from, to).map((t) => t.key), anchor });
        state.select(index);
      },
      selectAll() {
        const state = tasks.getState();
        set({ keys: loadedTasks(state, 0, state.total - 1).map((t) => t.key), anchor: state.selectedIndex });
      },
      clear: () => set({ keys: [], anchor: null }),
      dismiss: () => set({ summary: null }),
      async run(action) {
        const targets = chosen();
        if (targets.length === 0) return;
        set({ running: true, summary: null });
        const caps = accounts.getState().capabilities;
        const patch = patchFor(action);
        const outcomes: { task: Task; refusal: string | null }[] = [];
        for (const task of targets) {
          const refusal = refusalBefore(action, task, caps?.[task.provider]);
          if (refusal) {
            outcomes.push({ task, refusal });
            continue;
          }
          try {
            const result = patch
              ? await call(api, 'tasks:edit', { key: task.key, patch })
              : await call(api, 'tasks:delete', { key: task.key });
            outcomes.push({ task, refusal: result.error ? describeError(result.error) : null });
          } catch (error) {
            outcomes.push({ task, refusal: describeError(toPayload(error)) });
          }
        }
        const applied = outcomes.filter((o) => o.refusal === null).map((o) => o.task);
        set({
          running: false,
          summary: summarize(action.kind, outcomes),
          lastBatch: applied.length > 0 ? { action, before: applied } : null,
          keys: [],
          anchor: null,
        });
        await tasks.getState().refresh();
      },
      async undo() {
        const batch = get().lastBatch;
        if (!batch) return;
        // HOOK: when the outbox's undo store lands, hand it the batch instead (it can also take back deletes
        // still queued); until then an undo is the reverse edit of each task, queued like any other.
        set({ running: true, lastBatch: null });
        const outcomes: { task: Task; refusal: string | null }[] = [];
        for (const task of batch.before) {
          const patch = reversePatch(batch.action, task);
          if (!patch) {
            outcomes.push({ task, refusal: 'A delete cannot be undone from here yet.' });
            continue;
          }
          try {
            const result = await call(api, 'tasks:edit', { key: task.key, patch });
            outcomes.push({ task, refusal: result.error ? describeError(result.error) : null });
          } catch (error) {
            outcomes.push({ task, refusal: describeError(toPayload(error)) });
          }
        }
        set({ running: false, summary: { ...summarize(batch.action.kind, outcomes), undone: true } });
        await tasks.getState().refresh();
      },
    };
  });
}
