import { createHash } from 'node:crypto';
import { newId, TEN_MINUTES, type SimProject, type SimRole, type SimUser, type WorksnapsState } from './state.js';

export interface SeedOptions {
  now: Date;
  tasksPerProject: number;
  /** How many days back seeded time entries reach. */
  daysOfTime: number;
}

/** Stable 40-character tokens, shaped like the seed's example token. */
export function tokenFor(login: string): string {
  return createHash('sha1').update(`worksnaps-simulator:${login}`).digest('hex');
}

const PEOPLE = [
  ['alice', 'Alice', 'Moreau', 27, 'Europe/Dublin'],
  ['bob', 'Bob', 'Nakamura', 14, 'America/New_York'],
  ['carol', 'Carol', 'Lindqvist', 57, 'Asia/Shanghai'],
] as const;

/** Project name, owner, and the other members with their roles. */
const PROJECTS: [string, string, string, [string, SimRole][]][] = [
  [
    'Website Redesign',
    'New marketing site and blog',
    'alice',
    [
      ['bob', 'user'],
      ['carol', 'user'],
    ],
  ],
  ['Mobile App', 'iOS and Android client', 'alice', [['bob', 'user']]],
  ['Internal Tools', 'Scripts, dashboards and the admin panel', 'alice', []],
  ['Marketing Site', 'Landing pages for the spring campaign', 'carol', [['alice', 'user']]],
  ["Carol's Research", 'Private notes and experiments', 'carol', []],
];

const VERBS = ['Design', 'Review', 'Fix', 'Write', 'Test', 'Refactor', 'Plan', 'Deploy', 'Document', 'Measure'];
const NOUNS = [
  'login page',
  'pricing table',
  'checkout flow',
  'API client',
  'release notes',
  'onboarding email',
  'search index',
  'image pipeline',
  'settings screen',
  'error reporting',
  'footer links',
  'sitemap',
];

function addUsers(state: WorksnapsState): Map<string, SimUser> {
  const byLogin = new Map<string, SimUser>();
  for (const [login, first, last, tz, tzName] of PEOPLE) {
    const user: SimUser = {
      id: newId(state),
      login,
      first_name: first,
      last_name: last,
      email: `${login}@example.com`,
      timezone_id: tz,
      timezone_name: tzName,
      is_in_daylight_time: false,
      api_token: tokenFor(login),
      password: `${login}-password`,
    };
    state.users.set(user.id, user);
    byLogin.set(login, user);
  }
  return byLogin;
}

function join(state: WorksnapsState, project: SimProject, user: SimUser, role: SimRole): void {
  const id = newId(state);
  state.userAssignments.set(id, {
    id,
    project_id: project.id,
    user_id: user.id,
    role,
    flag_allow_logging_time: 1,
    hourly_rate: role === 'manager' ? 0 : 35,
    window_for_adding_offline_time: -1,
    window_for_deleting_time: 7,
  });
}

function addTasks(state: WorksnapsState, project: SimProject, members: SimUser[], count: number): void {
  for (let i = 0; i < count; i += 1) {
    const id = newId(state);
    const name = `${VERBS[i % VERBS.length]} ${NOUNS[(i + project.id) % NOUNS.length]} #${i + 1}`;
    state.tasks.set(id, {
      id,
      project_id: project.id,
      name,
      description: i % 4 === 0 ? '' : `Part of ${project.name}. Step ${i + 1}.`,
    });
    const assignees = i % 3 === 0 ? members.slice(0, 2) : [members[i % members.length]];
    for (const user of assignees) {
      if (!user) continue;
      const taId = newId(state);
      state.taskAssignments.set(taId, { id: taId, project_id: project.id, task_id: id, user_id: user.id });
    }
  }
}

/** An hour of online snaps each working day, and an offline half hour every fifth day. */
function addTime(state: WorksnapsState, project: SimProject, index: number, users: SimUser[], options: SeedOptions): void {
  const today = Math.floor(options.now.getTime() / 1000 / 86400) * 86400;
  const tasks = [...state.tasks.values()].filter((t) => t.project_id === project.id).map((t) => t.id);
  for (let day = 1; day <= options.daysOfTime; day += 1) {
    for (const [u, user] of users.entries()) {
      if ((day + u + index) % 3 === 0) continue;
      const start = today - day * 86400 + (8 + index) * 3600;
      const taskId = tasks[(day + u) % Math.max(1, tasks.length)] ?? 0;
      for (let snap = 0; snap < 6; snap += 1) {
        addEntry(state, project, user, taskId, start + snap * TEN_MINUTES, 10, 'online', '');
      }
      if (day % 5 === 0) addEntry(state, project, user, taskId, start + 9 * 3600, 30, 'offline', 'Client call');
    }
  }
}

function addEntry(
  state: WorksnapsState,
  project: SimProject,
  user: SimUser,
  taskId: number,
  from: number,
  minutes: number,
  type: 'online' | 'offline',
  comment: string,
): void {
  const id = newId(state);
  state.timeEntries.set(id, {
    id,
    project_id: project.id,
    user_id: user.id,
    task_id: taskId,
    from_timestamp: from,
    logged_timestamp: from + minutes * 60,
    duration_in_minutes: minutes,
    type,
    user_comment: comment,
    user_ip: '192.0.2.10',
    activity_level: type === 'online' ? (id % 10) + 1 : 0,
  });
}

export function seed(state: WorksnapsState, options: SeedOptions): { users: Map<string, SimUser>; projects: SimProject[] } {
  const users = addUsers(state);
  const projects: SimProject[] = [];
  for (const [index, [name, description, ownerLogin, others]] of PROJECTS.entries()) {
    const owner = users.get(ownerLogin);
    if (!owner) continue;
    const project: SimProject = { id: newId(state), name, description, status: 'active', owner_id: owner.id };
    state.projects.set(project.id, project);
    projects.push(project);
    join(state, project, owner, 'manager');
    const members = [owner];
    for (const [login, role] of others) {
      const user = users.get(login);
      if (user) {
        join(state, project, user, role);
        members.push(user);
      }
    }
    addTasks(state, project, members, options.tasksPerProject);
    addTime(state, project, index, members, options);
  }
  return { users, projects };
}
