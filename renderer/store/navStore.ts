import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api, TaskCounts } from '../../shared/contract.js';
import type { Project } from '../../shared/model.js';
import { call } from '../api/result.js';

/** What the sidebar shows: every account's projects and the counts next to each entry. */
export interface NavState {
  projects: Project[];
  counts: TaskCounts | null;
  loadProjects(): Promise<void>;
  loadCounts(): Promise<void>;
}

/** The core keys project counts `${accountId}:${projectRemoteId}`; a project with no open tasks has none. */
export function projectCount(counts: TaskCounts | null, project: Project): number {
  return counts?.projects[`${project.accountId}:${project.remoteId}`] ?? 0;
}

export function createNavStore(api: Api): StoreApi<NavState> {
  return createStore<NavState>()((set) => ({
    projects: [],
    counts: null,
    async loadProjects() {
      const reply = await api.invoke('projects:list', {});
      if (reply.ok) set({ projects: reply.value });
    },
    async loadCounts() {
      const counts = await call(api, 'tasks:counts', {}).catch(() => null);
      if (counts) set({ counts });
    },
  }));
}
