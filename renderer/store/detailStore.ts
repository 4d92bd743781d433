import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api, Comment, MutationResult } from '../../shared/contract.js';
import type { ErrorPayload } from '../../shared/errors.js';
import type { Task, TaskPatch } from '../../shared/model.js';
import { call, toPayload } from '../api/result.js';
import { editChange, editLabel } from '../logic/undoChanges.js';
import type { RecordUndo } from './undoStore.js';

/** The task open in the detail pane, with its comments (Worksection); notes and files have stores of their own. */
export interface DetailState {
  key: string | null;
  task: Task | null;
  comments: Comment[];
  saving: boolean;
  error: ErrorPayload | null;
  /** What happened to the last save: sent, or queued for when the provider is reachable. */
  lastResult: MutationResult | null;
  open(key: string): Promise<void>;
  close(): void;
  reload(): Promise<void>;
  save(patch: TaskPatch): Promise<boolean>;
  addComment(text: string): Promise<boolean>;
}

/** Only the fields that differ from the task, so an edit never overwrites what the user did not touch. */
export function diffPatch(task: Task, draft: TaskPatch): TaskPatch {
  const patch: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(draft)) {
    const current = task[field as keyof Task];
    if (JSON.stringify(current) !== JSON.stringify(value)) patch[field] = value;
  }
  return patch;
}

export function createDetailStore(
  api: Api,
  now: () => Date = () => new Date(),
  recordUndo: RecordUndo = () => undefined,
): StoreApi<DetailState> {
  return createStore<DetailState>()((set, get) => {
    async function loadExtras(task: Task): Promise<void> {
      if (task.provider !== 'worksection' || !task.remoteId) return;
      const comments = await api.invoke('comments:list', { key: task.key });
      if (get().key !== task.key) return;
      set({ comments: comments.ok ? comments.value : [] });
    }

    return {
      key: null,
      task: null,
      comments: [],
      saving: false,
      error: null,
      lastResult: null,
      async open(key) {
        set({ key, task: null, comments: [], error: null, lastResult: null });
        await get().reload();
        const task = get().task;
        if (task) await loadExtras(task);
      },
      close() {
        set({ key: null, task: null, comments: [], error: null, lastResult: null });
      },
      async reload() {
        const key = get().key;
        if (!key) return;
        try {
          const task = await call(api, 'tasks:get', { key });
          if (get().key === key) set({ task, error: null });
        } catch (error) {
          if (get().key === key) set({ error: toPayload(error) });
        }
      },
      async save(patch) {
        const task = get().task;
        if (!task) return false;
        const changed = diffPatch(task, patch);
        if (Object.keys(changed).length === 0) return true;
        set({ saving: true, error: null });
        try {
          const result = await call(api, 'tasks:edit', { key: task.key, patch: changed });
          recordUndo(editLabel(task, changed, now()), [editChange(task, changed, result.key)]);
          set({ saving: false, lastResult: result, key: result.key });
          await get().reload();
          return true;
        } catch (error) {
          set({ saving: false, error: toPayload(error) });
          return false;
        }
      },
      async addComment(text) {
        const task = get().task;
        if (!task || !text.trim()) return false;
        try {
          await call(api, 'comments:add', { key: task.key, text: text.trim() });
          await loadExtras(task);
          return true;
        } catch (error) {
          set({ error: toPayload(error) });
          return false;
        }
      },
    };
  });
}
