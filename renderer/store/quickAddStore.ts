import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api, PublicAccount } from '../../shared/contract.js';
import type { ErrorPayload } from '../../shared/errors.js';
import type { Project } from '../../shared/model.js';
import { call, errorPayload, toPayload } from '../api/result.js';
import { parseDue } from '../logic/dates.js';

/** The quick-add form: one title, the remembered account and project, optional details and due date. */
export interface QuickAddState {
  accounts: PublicAccount[];
  projects: Project[];
  accountId: string | null;
  projectRemoteId: string | null;
  title: string;
  details: string;
  dueText: string;
  saving: boolean;
  error: ErrorPayload | null;
  /** Titles saved in this session (Ctrl/Cmd+Enter keeps the window open for the next one). */
  saved: string[];
  load(): Promise<void>;
  update(patch: Partial<Pick<QuickAddState, 'title' | 'details' | 'dueText'>>): void;
  chooseAccount(accountId: string): void;
  chooseProject(projectRemoteId: string): void;
  save(): Promise<boolean>;
}

function projectsOf(projects: Project[], accountId: string | null): Project[] {
  return projects.filter((p) => p.accountId === accountId && !p.archived);
}

export function createQuickAddStore(api: Api, now: () => Date): StoreApi<QuickAddState> {
  return createStore<QuickAddState>()((set, get) => {
    const fail = (field: string, message: string): false => {
      set({ error: errorPayload('validation', message, { field }) });
      return false;
    };
    return {
      accounts: [],
      projects: [],
      accountId: null,
      projectRemoteId: null,
      title: '',
      details: '',
      dueText: '',
      saving: false,
      error: null,
      saved: [],
      async load() {
        const [accounts, projects, settings] = await Promise.all([
          call(api, 'accounts:list', {}),
          call(api, 'projects:list', {}),
          call(api, 'settings:get', {}),
        ]);
        const account = accounts.find((a) => a.id === settings.lastAccountId) ?? accounts[0] ?? null;
        const own = projectsOf(projects, account?.id ?? null);
        const project = own.find((p) => p.remoteId === settings.lastProjectRemoteId) ?? own[0] ?? null;
        set({
          accounts,
          projects,
          accountId: account?.id ?? null,
          projectRemoteId: project?.remoteId ?? null,
        });
      },
      update(patch) {
        set({ ...patch, error: null });
      },
      chooseAccount(accountId) {
        const first = projectsOf(get().projects, accountId)[0];
        set({
          accountId,
          projectRemoteId: first?.remoteId ?? null,
          error: null,
        });
      },
      chooseProject(projectRemoteId) {
        set({ projectRemoteId, error: null });
      },
      async save() {
        const { accountId, projectRemoteId, title, details, dueText } = get();
        if (!title.trim()) return fail('title', 'Type a title first.');
        if (!accountId || !projectRemoteId) return fail('project', 'Choose an account and a project.');
        const due = parseDue(dueText, now());
        if (!due.ok) return fail('dueDate', due.message);
        set({ saving: true, error: null });
        try {
          await call(api, 'tasks:add', {
            accountId,
            projectRemoteId,
            title: title.trim(),
            ...(details.trim() ? { details: details.trim() } : {}),
            dueDate: due.date,
          });
          set((s) => ({
            saving: false,
            title: '',
            details: '',
            dueText: '',
            saved: [...s.saved, title.trim()],
          }));
          await call(api, 'settings:set', {
            lastAccountId: accountId,
            lastProjectRemoteId: projectRemoteId,
          }).catch(() => null);
          return true;
        } catch (error) {
          set({ saving: false, error: toPayload(error) });
          return false;
        }
      },
    };
  });
}
