import { addDays, addMinutes, iso, ymd } from './dates.js';
import { seedTime, seedTimesheets } from './seedTime.js';
import type { Role, SimContract, SimMembership, SimProject, SimState, SimTask } from './types.js';

/** Seeded bearer tokens: an owner, an executive manager, a plain member (may not write tasks), and a stranger's owner. */
export const WEBWORK_TOKENS = {
  owner: 'wwpat-owner-3f9a1c7e5b2d4068',
  manager: 'wwpat-exec-8b7e6d5c4a3f2e10',
  member: 'wwpat-member-1a2b3c4d5e6f7081',
  stranger: 'wwpat-other-9e8d7c6b5a4f3e21',
} as const;

export interface SeedOptions {
  now: Date;
  /** Tasks in every project but the big one (default 150). */
  tasksPerProject: number;
  /** Tasks in "Website Redesign", the project whose paging tests rely on (default max(260, tasksPerProject)). */
  bigProjectTasks: number;
}

export { iso, ymd } from './dates.js';

const USERS: [number, string, string, string][] = [
  [1, 'Olivia', 'Hart', 'olivia.hart@acme.example'],
  [2, 'Ethan', 'Brooks', 'ethan.brooks@acme.example'],
  [3, 'Priya', 'Nair', 'priya.nair@acme.example'],
  [4, 'Marco', 'Rossi', 'marco.rossi@acme.example'],
  [5, 'Lena', 'Fischer', 'lena.fischer@acme.example'],
  [6, 'Sam', 'Okafor', 'sam.okafor@acme.example'],
  [7, 'Ava', 'Kim', 'ava.kim@northwind.example'],
];

const MEMBERSHIPS: [number, number, Role][] = [
  [1, 1, 'owner'],
  [1, 2, 'executive_manager'],
  [1, 3, 'project_manager'],
  [1, 4, 'member'],
  [1, 5, 'member'],
  [2, 1, 'owner'],
  [2, 4, 'member'],
  [2, 6, 'team_manager'],
  [3, 7, 'owner'],
];

/** [id, workspace, name, archived] */
const PROJECTS: [number, number, string, boolean][] = [
  [100, 1, 'Website Redesign', false],
  [101, 1, 'Mobile App', false],
  [102, 1, 'Internal Tools', false],
  [103, 1, 'Legacy CRM', true],
  [200, 2, 'Blog Relaunch', false],
  [201, 2, 'Photo Archive', false],
  [300, 3, 'Warehouse Scanner', false],
];

const VERBS = ['Fix', 'Design', 'Review', 'Write', 'Update', 'Test', 'Refactor', 'Document', 'Plan', 'Migrate'];
const NOUNS = [
  'login form',
  'checkout flow',
  'header layout',
  'API docs',
  'push notifications',
  'search index',
  'invoice export',
  'onboarding emails',
  'dark mode',
  'image upload',
  'settings page',
  'sitemap',
];

export function seedState(options: SeedOptions): SimState {
  const created = iso(addDays(options.now, -90));
  const state: SimState = {
    users: USERS.map(([id, firstname, lastname, email]) => ({ id, firstname, lastname, email, timezone: 'UTC' })),
    workspaces: [
      { id: 1, workspace_name: 'Acme Studio', owner_id: 1, created_at: created },
      { id: 2, workspace_name: 'Acme Side Projects', owner_id: 1, created_at: created },
      { id: 3, workspace_name: 'Northwind Logistics', owner_id: 7, created_at: created },
    ],
    memberships: MEMBERSHIPS.map(([ws, user, role]) => membership(ws, user, role, created)),
    projects: PROJECTS.map(([id, ws, name, archived]) => project(id, ws, name, archived, options.now)),
    contracts: [],
    tasks: [],
    timeEntries: [],
    trackers: [],
    timesheets: [],
    tokens: new Map([
      [WEBWORK_TOKENS.owner, 1],
      [WEBWORK_TOKENS.manager, 2],
      [WEBWORK_TOKENS.member, 4],
      [WEBWORK_TOKENS.stranger, 7],
    ]),
    nextId: { user: 8, project: 400, contract: 1000, task: 500, timeEntry: 9000 },
  };
  seedContracts(state, created);
  for (const p of state.projects) {
    const count = p.deleted_at ? 5 : p.id === 100 ? options.bigProjectTasks : options.tasksPerProject;
    seedTasks(state, p, count, options.now);
  }
  seedTime(state, options.now);
  seedTimesheets(state, options.now);
  return state;
}

function membership(ws: number, user: number, role: Role, at: string): SimMembership {
  return {
    workspace_id: ws,
    user_id: user,
    role,
    status: 'active',
    rate: 25 + user * 5,
    rate_status: 1,
    weekly_hours_limit: role === 'member' ? 40 : null,
    created_at: at,
    updated_at: at,
    deleted_at: null,
  };
}

function project(id: number, ws: number, name: string, archived: boolean, now: Date): SimProject {
  const at = iso(addDays(now, -80));
  return {
    id,
    workspace_id: ws,
    name,
    status: archived ? 0 : 1,
    owner_id: ws === 3 ? 7 : 1,
    start_date: ymd(addDays(now, -80)),
    deadline: ymd(addDays(now, 60)),
    estimation: 400,
    budget_estimation: null,
    notes: `${name}: sample project`,
    icon: null,
    created_at: at,
    updated_at: at,
    deleted_at: archived ? iso(addDays(now, -10)) : null,
  };
}

function seedContracts(state: SimState, at: string): void {
  for (const p of state.projects) {
    for (const m of state.memberships.filter((x) => x.workspace_id === p.workspace_id)) {
      const contract: SimContract = {
        id: state.nextId.contract++,
        workspace_id: p.workspace_id,
        project_id: p.id,
        user_id: m.user_id,
        rate: m.rate,
        status: 'active',
        weekly_hours_limit: m.weekly_hours_limit,
        screenshots: 3,
        created_at: at,
        updated_at: at,
      };
      state.contracts.push(contract);
    }
  }
}

const STATUS_CYCLE = [0, 0, 0, 0, 10, 10, 20, 30, 0, 20];
const CUSTOM_STATUSES = [1, 11, 21];
const PRIORITY_CYCLE = [30, 30, 20, 40, 10];

function seedTasks(state: SimState, p: SimProject, count: number, now: Date): void {
  const people = state.memberships.filter((m) => m.workspace_id === p.workspace_id).map((m) => m.user_id);
  for (let i = 0; i < count; i += 1) {
    const createdAt = addMinutes(now, -(count - i) * 90 - 60 * 24);
    const status = i % 37 === 5 ? (CUSTOM_STATUSES[i % 3] ?? 1) : (STATUS_CYCLE[i % 10] ?? 0);
    const start = i % 4 === 3 ? null : addDays(now, -30 + (i % 20));
    const task: SimTask = {
      id: state.nextId.task++,
      workspace_id: p.workspace_id,
      project_id: p.id,
      title: `${VERBS[i % VERBS.length] ?? 'Fix'} ${NOUNS[(i * 7) % NOUNS.length] ?? 'bug'} #${i + 1}`,
      description: i % 3 === 0 ? null : `Details for task ${i + 1} of ${p.name}.`,
      owner_id: p.owner_id,
      creator_id: people[i % people.length] ?? p.owner_id,
      status,
      priority: PRIORITY_CYCLE[i % 5] ?? 30,
      start_date: start ? ymd(start) : null,
      end_date: start ? ymd(addDays(start, i % 14)) : null,
      completed_at: status >= 20 ? iso(addMinutes(createdAt, 600)) : null,
      parent_id: null,
      assignees: pickAssignees(people, i, p.owner_id),
      created_at: iso(createdAt),
      updated_at: iso(addMinutes(createdAt, 30 + (i % 50))),
      deleted_at: null,
    };
    state.tasks.push(task);
  }
}

function pickAssignees(people: number[], i: number, assigner: number): SimTask['assignees'] {
  if (i % 6 === 0 || people.length === 0) return [];
  const first = people[i % people.length] ?? assigner;
  const second = people[(i + 2) % people.length] ?? assigner;
  const ids = i % 5 === 0 && second !== first ? [first, second] : [first];
  return ids.map((user_id) => ({ user_id, assigner_id: assigner }));
}
