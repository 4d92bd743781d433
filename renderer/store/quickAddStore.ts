import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Api, PublicAccount } from '../../shared/contract.js';
import type { ErrorPayload } from '../../shared/errors.js';
import type { Capabilities, Member, Project, ProviderId, Task } from '../../shared/model.js';
import { call, errorPayload, toPayload } from '../api/result.js';
import { parseDue } from '../logic/dates.js';
import { followQueued, type QueuedFate } from './followQueued.js';
import { readQuickAdd } from './quickAddRead.js';

export { readQuickAdd };

/** Where the last quick-add went, for the confirmation and its Open link. */
export interface QuickAdded {
  key: string;
  title: string;
  provider: ProviderId;
  accountLabel: string;
  projectName: string;
  /** Followed through the outbox after the core queued it (followQueued). */
  fate: QueuedFate;
  /** Tags the service refused after the task was made, in its words. */
  tagsError: string | null;
}

/** The quick-add form: a title that is read as it is typed, the remembered account and project, optional details and due date. */
export interface QuickAddState {
  accounts: PublicAccount[];
  projects: Project[];
  members: Member[];
  capabilities: Partial<Record<ProviderId, Capabilities>> | null;
  accountId: string | null;
  projectRemoteId: string | null;
  title: string;
  details: string;
  dueText: string;
  /** Parts of the title taken back with Backspace (`partKey`): they stay words. */
  kept: string[];
  saving: boolean;
  error: ErrorPayload | null;
  /** Titles saved in this session (Ctrl/Cmd+Enter keeps the window open for the next one). */
  saved: string[];
  lastAdded: QuickAdded | null;
  load(): Promise<void>;
  update(patch: Partial<Pick<QuickAddState, 'title' | 'details' | 'dueText'>>): void;
  chooseAccount(accountId: string): void;
  chooseProject(projectRemoteId: string): void;
  /** Keeps a part of the title as words (the chip's Backspace). */
  keep(key: string): void;
  dismissAdded(): void;
  save(): Promise<boolean>;
}

function projectsOf(projects: Project[], accountId: string | null): Project[] {
  return projects.filter((p) => p.accountId === accountId && !p.archived);
}

/**
 * `onAdded` hears of each task the core took, with the task as the cache holds it, so the list can
 * show it before its page comes again.
 */
export function createQuickAddStore(
  api: Api,
  now: () => Date,
  onAdded: (task: Task) => void = () => undefined,
): StoreApi<QuickAddState> {
  return createStore<QuickAddState>()((set, get) => {
    // A pick made while load() is still waiting wins over the remembered one.
    let picks = 0;
    /** The place settings remember for next time, so a quick-add into the same one writes no settings. */
    let remembered: { accountId: string | null; projectRemoteId: string | null } | null = null;
    let unfollow = () => undefined as void;
    const follow = (key: string) => {
      unfollow();
      unfollow = followQueued(api, key, (fate) =>
        set((s) => (s.lastAdded?.key === key ? { lastAdded: { ...s.lastAdded, fate } } : {})),
      );
    };
    const fail = (field: string, message: string): false => {
      set({ error: errorPayload('validation', message, { field }) });
      return false;
    };
    return {
      accounts: [],
      projects: [],
      members: [],
      capabilities: null,
      accountId: null,
      projectRemoteId: null,
      title: '',
      details: '',
      dueText: '',
      kept: [],
      saving: false,
      error: null,
      saved: [],
      lastAdded: null,
      async load() {
        const picksBefore = picks;
        // People and capabilities only refine the preview: the pickers don't wait for them.
        const extras = Promise.all([
          call(api, 'members:list', {}).catch(() => []),
          call(api, 'capabilities:get', {}).catch(() => null),
        ]);
        const [accounts, projects, settings] = await Promise.all([
          call(api, 'accounts:list', {}),
          call(api, 'projects:list', {}),
          call(api, 'settings:get', {}),
        ]);
        remembered = { accountId: settings.lastAccountId ?? null, projectRemoteId: settings.lastProjectRemoteId ?? null };
        if (picks !== picksBefore) {
          const { accountId, projectRemoteId } = get();
          const own = projectsOf(projects, accountId);
          const still = own.some((p) => p.remoteId === projectRemoteId);
          set({ accounts, projects, projectRemoteId: still ? projectRemoteId : (own[0]?.remoteId ?? null) });
        } else {
          const account = accounts.find((a) => a.id === settings.lastAccountId) ?? accounts[0] ?? null;
          const own = projectsOf(projects, account?.id ?? null);
          const project = own.find((p) => p.remoteId === settings.lastProjectRemoteId) ?? own[0] ?? null;
          set({ accounts, projects, accountId: account?.id ?? null, projectRemoteId: project?.remoteId ?? null });
        }
        const [members, capabilities] = await extras;
        set({ members, capabilities });
      },
      update(patch) {
        // A cleared title forgets what was taken back, so the next task starts fresh.
        const reset = patch.title !== undefined && patch.title.trim() === '' ? { kept: [] } : {};
        set({ ...patch, ...reset, error: null });
      },
      chooseAccount(accountId) {
        picks += 1;
        const first = projectsOf(get().projects, accountId)[0];
        set({ accountId, projectRemoteId: first?.remoteId ?? null, error: null });
      },
      chooseProject(projectRemoteId) {
        picks += 1;
        set({ projectRemoteId, error: null });
      },
      keep(key) {
        set((s) => ({ kept: s.kept.includes(key) ? s.kept : [...s.kept, key] }));
      },
      dismissAdded() {
        unfollow();
        set({ lastAdded: null });
      },
      async save() {
        const state = get();
        const { parsed, plan } = readQuickAdd(state, now());
        const due = parseDue(state.dueText, now());
        if (!plan.title) return fail('title', 'Type a title first.');
        if (!plan.account || !plan.project) return fail('project', 'Choose an account and a project.');
        const service = plan.account.label;
        if (plan.title.length > plan.titleMax)
          return fail('title', `${service} takes titles up to ${plan.titleMax} characters; this one has ${plan.title.length}.`);
        if (!parsed.when && !due.ok) return fail('dueDate', due.message);
        const person = parsed.parts.find((p) => p.kind === 'person');
        if (person?.kind === 'person' && !person.person)
          return fail('assignees', `No one named “${person.query}” in ${service}; pick a name or remove the chip.`);
        set({ saving: true, error: null });
        try {
          const result = await call(api, 'tasks:add', {
            accountId: plan.account.id,
            projectRemoteId: plan.project.remoteId,
            title: plan.title,
            ...(state.details.trim() ? { details: state.details.trim() } : {}),
            dueDate: plan.dueDate,
            ...(plan.assignee ? { assignees: [plan.assignee] } : {}),
            ...(plan.priority !== null ? { priority: plan.priority } : {}),
            // The row shows once it is queued; the push's outcome follows as events.
            wait: false,
          });
          if (result.task) onAdded(result.task);
          let tagsError: string | null = null;
          if (plan.tags.length > 0) {
            const tagged = await api.invoke('tasks:edit', { key: result.key, patch: { tags: plan.tags } });
            if (!tagged.ok) tagsError = tagged.error.message;
          }
          set((s) => ({
            saving: false,
            title: '',
            details: '',
            dueText: '',
            kept: [],
            saved: [...s.saved, plan.title],
            lastAdded: {
              key: result.key,
              title: plan.title,
              provider: plan.account!.provider,
              accountLabel: plan.account!.label,
              projectName: plan.project!.name,
              fate:
                result.state === 'sent'
                  ? { state: 'sent' }
                  : result.state === 'failed'
                    ? { state: 'failed', error: result.error }
                    : { state: 'sending' },
              tagsError,
            },
          }));
          if (result.state === 'queued') follow(result.key);
          // Remembering the place for next time need not hold up the new row, nor be written again unchanged.
          const place = { accountId: plan.account.id, projectRemoteId: plan.project.remoteId };
          if (remembered?.accountId !== place.accountId || remembered.projectRemoteId !== place.projectRemoteId) {
            remembered = place;
            void call(api, 'settings:set', {
              lastAccountId: place.accountId,
              lastProjectRemoteId: place.projectRemoteId,
            }).catch(() => null);
          }
          return true;
        } catch (error) {
          set({ saving: false, error: toPayload(error) });
          return false;
        }
      },
    };
  });
}
