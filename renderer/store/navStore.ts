import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api, TaskCounts } from '../../shared/contract.js';
import type { Project } from '../../shared/model.js';
import { call } from '../api/result.js';

/**
 * What the sidebar shows: every account's projects and the counts next to each entry.
 * `counts` is the app's one source of counts (sidebar, tray panel): the core pushes them
 * with counts:changed after every write; they are read once at start and on reconnect.
 */
export interface NavState {
  projects: Project[];
  counts: TaskCounts | null;
  loadProjects(): Promise<void>;
  loadCounts(): Promise<void>;
  /** The counts the core pushed (counts:changed). */
  applyCounts(counts: TaskCounts): void;
}

/** The core keys project counts `${accountId}:${projectRemoteId}`; a project with no open tasks has none. */
export function projectCount(counts: TaskCounts | null, project: Project): number {
  return counts?.projects[`${project.accountId}:${project.remoteId}`] ?? 0;
}

export function createNavStore(api: Api): StoreApi<NavState> {
  let pushed = 0;
  return createStore<NavState>()((set) => ({
    projects: [],
    counts: null,
    async loadProjects() {
      const reply = await api.invoke('projects:list', {});
      if (reply.ok) set({ projects: reply.value });
    },
    async loadCounts() {
      const asked = pushed;
      const counts = await call(api, 'tasks:counts', {}).catch(() => null);
      // Counts pushed while this read was on its way are newer than what it read.
      if (counts && pushed === asked) set({ counts });
    },
    applyCounts(counts) {
      pushed += 1;
      set({ counts });
    },
  }));
}
