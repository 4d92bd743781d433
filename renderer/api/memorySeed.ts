import type { PublicAccount } from '../../shared/contract.js';
import { recordKey, type ProviderId, type Project, type Task, type TaskStatus } from '../../shared/model.js';
import { addDays, isoDate } from '../logic/dates.js';
import { emptyState, type MemoryState } from './memoryState.js';

const ACCOUNTS: { provider: ProviderId; label: string; user: string; projects: string[] }[] = [
  { provider: 'worksnaps', label: 'Worksnaps — Studio', user: 'Ana Pereira', projects: ['Client portal', 'Design system'] },
  { provider: 'worksection', label: 'Worksection — Agency', user: 'Ivan Petrov', projects: ['Website relaunch', 'Mobile app'] },
  { provider: 'workity', label: 'Workity — Office', user: 'Maria Rossi', projects: ['Office move', 'Hiring'] },
  { provider: 'webwork', label: 'WebWork — Remote team', user: 'Sam Lee', projects: ['Backend API', 'Support'] },
];

const VERBS = ['Review', 'Update', 'Fix', 'Draft', 'Plan', 'Prepare', 'Check', 'Write', 'Test', 'Migrate'];
const THINGS = [
  'invoice export',
  'login page',
  'release notes',
  'onboarding e-mail',
  'sprint board',
  'backup job',
  'contract draft',
  'search index',
  'office layout',
  'job posting',
  'API docs',
  'error reports',
];
const PEOPLE = ['Ana Pereira', 'Ivan Petrov', 'Maria Rossi', 'Sam Lee', 'Jo Kim'];
const STATUSES: TaskStatus[] = ['open', 'open', 'doing', 'done'];

/** A small deterministic generator so every mock run shows the same rows. */
function generator(seed: number): () => number {
  let x = seed;
  return () => {
    x = (x * 1_103_515_245 + 12_345) % 2_147_483_648;
    return x / 2_147_483_648;
  };
}

function pick<T>(list: T[], r: () => number): T {
  return list[Math.floor(r() * list.length)]!;
}

function makeTask(account: PublicAccount, project: Project, i: number, now: Date, r: () => number): Task {
  const assignee = pick(PEOPLE, r);
  const due = r() < 0.6 ? isoDate(addDays(now, Math.floor(r() * 30) - 10)) : null;
  const remoteId = String(1000 + i);
  return {
    key: recordKey(account.provider, account.id, 'task', remoteId),
    provider: account.provider,
    accountId: account.id,
    projectRemoteId: project.remoteId,
    remoteId,
    parentRemoteId: null,
    title: `${pick(VERBS, r)} ${pick(THINGS, r)} #${i}`,
    details: r() < 0.5 ? `Notes for ${project.name}: agree the scope with ${pick(PEOPLE, r)} first.` : '',
    status: pick(STATUSES, r),
    rawStatus: null,
    priority: null,
    dueDate: account.provider === 'worksnaps' ? null : due,
    assignees: [assignee],
    tags: r() < 0.2 ? ['urgent'] : [],
    isMine: assignee === account.userName,
    revision: '1',
    updatedAt: addDays(now, -Math.floor(r() * 20)).toISOString(),
    extras: {},
    pending: false,
    conflict: false,
  };
}

/** Four accounts, two projects each, `rows` tasks spread over them, and a little news, time and conflict data. */
export function seedState(rows: number, now: Date): MemoryState {
  const state = emptyState();
  const r = generator(42);
  ACCOUNTS.forEach((spec, a) => {
    const account: PublicAccount = {
      id: `acc${a + 1}`,
      provider: spec.provider,
      label: spec.label,
      baseUrl: `http://127.0.0.1:${4100 + a}`,
      userName: spec.user,
      settings: {},
    };
    state.accounts.push(account);
    state.sync.push({
      accountId: account.id,
      provider: account.provider,
      online: true,
      syncing: false,
      lastSyncedAt: now.toISOString(),
      error: null,
      progress: null,
    });
    spec.projects.forEach((name, p) => {
      const remoteId = String(10 + p);
      state.projects.push({
        key: recordKey(spec.provider, account.id, 'project', remoteId),
        provider: spec.provider,
        accountId: account.id,
        remoteId,
        name,
        archived: false,
        raw: {},
      });
    });
  });
  for (let i = 0; i < rows; i += 1) {
    const project = state.projects[i % state.projects.length]!;
    const account = state.accounts.find((acc) => acc.id === project.accountId)!;
    state.tasks.push(makeTask(account, project, i, now, r));
  }
  return state;
}
