import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api } from '../../shared/contract.js';
import type { AppApi } from '../api/connection.js';
import type { Member } from '../../shared/model.js';
import { indexPeople, type PeopleIndex } from '../logic/people.js';

/** Every account's people (members:list), indexed by the refs tasks name assignees with. */
export interface MembersState {
  members: Member[];
  index: PeopleIndex;
  loaded: boolean;
  load(): Promise<void>;
}

export function createMembersStore(api: Api): StoreApi<MembersState> {
  return createStore<MembersState>()((set) => ({
    members: [],
    index: new Map(),
    loaded: false,
    async load() {
      const reply = await api.invoke('members:list', {});
      // Without the host the names already shown stay; the connection line says why nothing changes.
      if (reply.ok) set({ members: reply.value, index: indexPeople(reply.value), loaded: true });
    },
  }));
}

interface Followed {
  members: StoreApi<MembersState>;
  /** The sidebar's projects: a pull can bring a project made elsewhere, named in rows only once this reloads. */
  reloadProjects: () => Promise<void>;
}

/**
 * A pull replaces an account's people and projects, so both are read again
 * when an account's sync ends (sync:changed with syncing off) and when the
 * host comes back; an edit (tasks:changed) changes neither.
 */
export function followPulls(api: AppApi, s: Followed): () => void {
  const reload = () => {
    void s.members.getState().load();
    void s.reloadProjects();
  };
  const offSync = api.on('sync:changed', (status) => {
    if (!status.syncing) reload();
  });
  const offConnection = api.onConnection((state) => {
    if (state === 'open') void s.members.getState().load();
  });
  return () => {
    offSync();
    offConnection();
  };
}
