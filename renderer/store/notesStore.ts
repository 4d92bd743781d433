import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api, MutationResult, OutboxEntryView } from '../../shared/contract.js';
import type { ErrorPayload } from '../../shared/errors.js';
import type { WorkityItem } from '../../shared/model.js';
import { call, toPayload } from '../api/result.js';

/** Whose notes a panel shows: one Workity project. */
export interface NotesTarget {
  accountId: string;
  projectRemoteId: string;
}

/** What the core holds for a note beyond the server's copy: a change it has queued, or one the server refused. */
export type NoteState = 'pending' | 'failed' | null;

export interface NoteChange {
  what: 'add' | 'edit';
  title: string;
  result: MutationResult;
}

/** The notes of one Workity project, added and edited through the outbox like tasks. */
export interface NotesState {
  target: NotesTarget | null;
  notes: WorkityItem[];
  /** The outbox rows about these notes: a note shows "Pending" only once the core has one. */
  outbox: OutboxEntryView[];
  loading: boolean;
  saving: boolean;
  error: ErrorPayload | null;
  /** What became of the last add or edit: sent, or queued for when Workity is reachable. */
  last: NoteChange | null;
  load(target: NotesTarget): Promise<void>;
  reload(): Promise<void>;
  add(title: string, text: string): Promise<boolean>;
  edit(note: WorkityItem, patch: { title?: string; text?: string }): Promise<boolean>;
  /** Refetches on the core's change events; returns the unsubscribe. */
  watch(): () => void;
}

/** A note's own state, from the core's answers only (its cache flag and its outbox rows). */
export function noteState(note: WorkityItem, outbox: OutboxEntryView[]): NoteState {
  const rows = outbox.filter((e) => e.key === note.key);
  if (rows.some((e) => e.state === 'failed')) return 'failed';
  if (rows.length > 0 || note.extras.pending === true) return 'pending';
  return null;
}

function byTitle(a: WorkityItem, b: WorkityItem): number {
  return a.title.localeCompare(b.title, undefined, { sensitivity: 'base' });
}

export function createNotesStore(api: Api): StoreApi<NotesState> {
  return createStore<NotesState>()((set, get) => {
    const same = (target: NotesTarget) => get().target === target;

    const mutate = async (what: NoteChange['what'], title: string, run: () => Promise<MutationResult>) => {
      set({ saving: true, error: null, last: null });
      try {
        const result = await run();
        set({ saving: false, last: { what, title, result }, error: result.state === 'failed' ? result.error : null });
        await get().reload();
        return result.state !== 'failed';
      } catch (error) {
        set({ saving: false, error: toPayload(error) });
        return false;
      }
    };

    return {
      target: null,
      notes: [],
      outbox: [],
      loading: false,
      saving: false,
      error: null,
      last: null,
      async load(target) {
        set({ target, notes: [], outbox: [], loading: true, error: null, last: null });
        await get().reload();
      },
      async reload() {
        const target = get().target;
        if (!target) return;
        try {
          const [notes, outbox] = await Promise.all([call(api, 'notes:list', target), call(api, 'outbox:list', {})]);
          if (!same(target)) return;
          const keys = new Set(notes.map((n) => n.key));
          set({ notes: [...notes].sort(byTitle), outbox: outbox.filter((e) => keys.has(e.key)), loading: false });
        } catch (error) {
          if (same(target)) set({ loading: false, error: toPayload(error) });
        }
      },
      add(title, text) {
        const target = get().target;
        if (!target) return Promise.resolve(false);
        return mutate('add', title.trim(), () => call(api, 'notes:add', { ...target, title: title.trim(), text }));
      },
      edit(note, patch) {
        const changed: { title?: string; text?: string } = {};
        if (patch.title !== undefined && patch.title.trim() !== note.title) changed.title = patch.title.trim();
        if (patch.text !== undefined && patch.text !== note.details) changed.text = patch.text;
        if (changed.title === undefined && changed.text === undefined) return Promise.resolve(true);
        return mutate('edit', changed.title ?? note.title, () => call(api, 'notes:edit', { key: note.key, ...changed }));
      },
      watch() {
        const refetch = () => void get().reload();
        const offs = [api.on('tasks:changed', refetch), api.on('outbox:changed', refetch), api.on('conflicts:changed', refetch)];
        return () => offs.forEach((off) => off());
      },
    };
  });
}
