import { dateTime, isoDate } from './format.js';
import { seedActivity } from './seedActivity.js';
import { newId, type HashMode, type SimProject, type SimTask, type SimUser, type WorksectionState } from './data.js';

export interface SeedOptions {
  apiKey: string;
  hashMode: HashMode;
  quotaPerWindow: number;
  quotaWindowMs: number;
  recordCap: number;
  /** Tasks per project, subtasks and sub-subtasks included. */
  tasksPerProject: number;
  now: Date;
}

const USERS: [string, string, string, string][] = [
  ['Olena', 'Kovalenko', 'olena@acme.test', 'Owner'],
  ['Marko', 'Petrenko', 'marko@acme.test', 'Account admin'],
  ['Iryna', 'Shevchenko', 'iryna@acme.test', 'User'],
  ['Taras', 'Bondar', 'taras@acme.test', 'User'],
  ['Sofia', 'Melnyk', 'sofia@client.test', 'Guest'],
];

const PROJECTS: [string, SimProject['status'], string][] = [
  ['Website relaunch', 'active', 'Acme'],
  ['Mobile app', 'active', 'Acme'],
  ['Support desk', 'active', 'Internal'],
  ['Q3 marketing', 'pending', 'Internal'],
  ['Office move 2023', 'archive', 'Internal'],
];

const VERBS = ['Draft', 'Review', 'Fix', 'Design', 'Test', 'Deploy', 'Write', 'Plan', 'Update', 'Check'];
const OBJECTS = [
  'landing page',
  'login flow',
  'invoice export',
  'release notes',
  'search index',
  'backup job',
  'price table',
  'onboarding mail',
  'API docs',
  'status report',
];

/** Realistic sample data built around `now`, deterministic so tests can name what they expect. */
export function createSeedState(options: SeedOptions): WorksectionState {
  const state: WorksectionState = {
    apiKey: options.apiKey,
    hashMode: options.hashMode,
    quotaPerWindow: options.quotaPerWindow,
    quotaWindowMs: options.quotaWindowMs,
    recordCap: options.recordCap,
    ownerId: '',
    users: [],
    userGroups: [{ id: '5', title: 'Staff', type: 'company', client: 0 }],
    contacts: [
      {
        id: '6',
        name: 'Pavlo Hnatyuk',
        email: 'pavlo@supplier.test',
        title: 'Supplier',
        group: 'Suppliers',
        phone: '+380441234567',
      },
    ],
    contactGroups: [{ id: '7', title: 'Suppliers', type: 'folder', client: 1 }],
    projectGroups: [
      { id: '8', title: 'Acme', type: 'company', client: 1 },
      { id: '9', title: 'Internal', type: 'folder', client: 0 },
    ],
    projects: [],
    tasks: [],
    comments: [],
    tagGroups: [],
    tags: [],
    costs: [],
    timers: [],
    files: [],
    events: [],
    nextId: 100,
    handled: [],
  };
  seedUsers(state);
  seedTags(state);
  for (const [index, [name, status, company]] of PROJECTS.entries()) {
    const project = seedProject(state, name, status, company, options.now, index);
    seedTasks(state, project, options.tasksPerProject, options.now);
  }
  seedActivity(state, options.now);
  return state;
}

function seedUsers(state: WorksectionState): void {
  for (const [firstName, lastName, email, role] of USERS) {
    const user: SimUser = {
      id: newId(state),
      firstName,
      lastName,
      email,
      role,
      title: role === 'Owner' ? 'CEO' : 'Engineer',
      group: 'Staff',
      department: 'Delivery',
      rate: 40,
      phone: '',
    };
    state.users.push(user);
  }
  state.ownerId = state.users[0]!.id;
}

function seedTags(state: WorksectionState): void {
  const groups: [string, 'task' | 'project', 'status' | 'label', string[]][] = [
    ['Workflow', 'task', 'status', ['In review', 'Blocked']],
    ['Kind', 'task', 'label', ['bug', 'feature', 'urgent']],
    ['Health', 'project', 'label', ['On track', 'At risk']],
  ];
  for (const [title, scope, type, tags] of groups) {
    const groupId = newId(state);
    state.tagGroups.push({ id: groupId, title, scope, type, access: 'public' });
    for (const tag of tags) state.tags.push({ id: newId(state), title: tag, groupId });
  }
}

function seedProject(
  state: WorksectionState,
  name: string,
  status: SimProject['status'],
  company: string,
  now: Date,
  index: number,
): SimProject {
  const added = new Date(now.getTime() - (60 - index) * 86_400_000);
  const project: SimProject = {
    id: newId(state),
    name,
    status,
    company,
    userFromId: state.ownerId,
    userToId: state.users[1 + (index % 2)]!.id,
    text: `${name}: goals, people and deadlines.`,
    dateAdded: dateTime(added),
    dateStart: isoDate(added),
    dateEnd: index === 0 ? isoDate(new Date(now.getTime() + 30 * 86_400_000)) : null,
    maxTime: index === 0 ? 400 : null,
    maxMoney: null,
    tagIds: [state.tags.find((t) => t.title === (index % 2 ? 'At risk' : 'On track'))!.id],
    memberIds: state.users.slice(0, 4).map((u) => u.id),
    options: {},
  };
  state.projects.push(project);
  return project;
}

/** Top-level tasks, subtasks and sub-subtasks (two nesting levels), some done, some tagged. */
function seedTasks(state: WorksectionState, project: SimProject, count: number, now: Date): void {
  let lastTop: SimTask | null = null;
  let lastSub: SimTask | null = null;
  const labels = state.tags.filter((t) => ['bug', 'feature', 'urgent', 'In review'].includes(t.title));
  for (let i = 0; i < count; i += 1) {
    const kind = i % 10 === 3 && lastSub ? 'subsub' : (i % 5 === 1 || i % 5 === 2) && lastTop ? 'sub' : 'top';
    const parent = kind === 'subsub' ? lastSub : kind === 'sub' ? lastTop : null;
    const user = state.users[i % 4]!;
    const added = new Date(now.getTime() - ((count - i) % 50) * 3_600_000 - 86_400_000);
    const task: SimTask = {
      id: newId(state),
      projectId: project.id,
      parentId: parent?.id ?? null,
      name: `${VERBS[i % VERBS.length]} ${OBJECTS[Math.floor(i / VERBS.length) % OBJECTS.length]}${i >= 100 ? ` #${i}` : ''}`,
      text: i % 3 === 0 ? `Details for step ${i + 1} of ${project.name}.` : '',
      status: 'active',
      priority: String(i % 11),
      userFromId: state.ownerId,
      userToId: i % 7 === 6 ? '1' : user.id,
      dateAdded: dateTime(added),
      dateStart: i % 4 === 0 ? isoDate(added) : null,
      dateEnd: i % 4 === 0 ? isoDate(new Date(now.getTime() + (i % 20) * 86_400_000)) : null,
      dateClosed: null,
      maxTime: null,
      maxMoney: null,
      tagIds: i % 6 === 0 ? [labels[i % labels.length]!.id] : [],
      subscriberIds: [],
      hidden: false,
    };
    state.tasks.push(task);
    if (kind === 'top') lastTop = task;
    if (kind === 'sub') lastSub = task;
  }
  const parents = new Set(state.tasks.map((t) => t.parentId));
  state.tasks
    .filter((t, i) => t.projectId === project.id && !parents.has(t.id) && i % 4 === 0)
    .forEach((t) => {
      t.status = 'done';
      t.dateClosed = dateTime(new Date(now.getTime() - 3_600_000));
    });
}
