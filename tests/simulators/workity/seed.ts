import { formatDateTime } from './dates.js';
import { WRITE_WRITE_KEYWORD, newItemId, putItem, type ItemKind, type SimItem, type SimState, type SimUser } from './state.js';

export interface SeedOptions {
  nowMs: number;
  tasksPerProject: number;
  pendingConflict: boolean;
  freeFileStorage: number;
}

export const SEED_USERS = {
  lenny: { id: 101, name: 'Lenny Leonard', email: 'lenny@sector7g.example', password: 'lenny-7g-pass' },
  carl: { id: 102, name: 'Carl Carlson', email: 'carl@sector7g.example', password: 'carl-7g-pass' },
  homer: { id: 103, name: 'Homer Simpson', email: 'homer@sector7g.example', password: 'homer-7g-pass' },
  /** Has not accepted the Terms of Service: Login answers -3. */
  moe: { id: 104, name: 'Moe Szyslak', email: 'moe@tavern.example', password: 'moe-tavern-pass' },
  /** Not a Premium member: Login answers -4. */
  barney: { id: 105, name: 'Barney Gumble', email: 'barney@tavern.example', password: 'barney-tavern-pass' },
} as const;

export type SeedUserName = keyof typeof SEED_USERS;

const { lenny, carl, homer } = SEED_USERS;
const PROJECTS = [
  { id: 11, name: 'Birthday party', memberIds: [lenny.id, carl.id, homer.id], active: true },
  { id: 12, name: 'Sector 7G safety', memberIds: [homer.id, lenny.id, carl.id], active: true },
  { id: 13, name: 'Plant newsletter', memberIds: [lenny.id, carl.id], active: true },
  { id: 14, name: 'Reactor maintenance', memberIds: [carl.id, homer.id], active: true },
  { id: 15, name: 'Bowling league', memberIds: [homer.id, lenny.id], active: true },
  { id: 16, name: 'Company picnic 2007', memberIds: [lenny.id, carl.id], active: false },
];
const KEYWORDS: [number, string][] = [
  [3, 'urgent'],
  [4, 'safety'],
  [5, 'party'],
  [6, 'review'],
  [7, 'budget'],
];
const VERBS = ['Check', 'Order', 'Review', 'Update', 'Plan', 'Clean', 'Write', 'Call about', 'Fix', 'Book'];
const OBJECTS = [
  'the coolant pumps',
  'the snack budget',
  'the guest list',
  'rod inventory',
  'the radiation badges',
  'the newsletter draft',
  'the bowling lane',
  'the control panel',
  'the fire drill',
  'the cake order',
  'the safety manual',
  'the parking plan',
];

function makeUsers(freeStorage: number, nowMs: number): SimUser[] {
  return Object.entries(SEED_USERS).map(([key, u]) => ({
    ...u,
    pictureUrl: `https://www.workity.com/pictures/${key}.png`,
    acceptedTerms: key !== 'moe',
    premium: key !== 'barney',
    failedLogins: 0,
    lockedUntil: 0,
    freeStorage,
    newsSince: nowMs - 2 * 86_400_000,
  }));
}

function item(
  state: SimState,
  kind: ItemKind,
  projectId: number,
  fields: Partial<SimItem>,
  ageMs: number,
  nowMs: number,
): SimItem {
  const id = newItemId(state);
  const stamp = formatDateTime(new Date(nowMs - ageMs));
  return putItem(state, {
    kind,
    id,
    projectId,
    title: '',
    details: '',
    personIds: [],
    keywordIds: [],
    revision: 1,
    modifiedBy: lenny.id,
    modifiedAt: stamp,
    changedAt: nowMs - ageMs,
    isFinished: false,
    dueDate: null,
    contentType: '',
    bytes: null,
    uploadedBy: lenny.id,
    uploadedAt: stamp,
    ...fields,
  });
}

function seedTasks(state: SimState, options: SeedOptions): void {
  for (const project of PROJECTS) {
    for (let i = 0; i < options.tasksPerProject; i += 1) {
      const members = project.memberIds;
      const who = members[i % members.length] ?? lenny.id;
      const due =
        i % 3 === 0 ? null : `${formatDateTime(new Date(options.nowMs + ((i % 40) - 10) * 86_400_000)).slice(0, 10)}T00:00Z`;
      item(
        state,
        'task',
        project.id,
        {
          title: `${VERBS[i % VERBS.length]} ${OBJECTS[(i + project.id) % OBJECTS.length]} #${i + 1}`,
          details: `Notes for step ${i + 1} of ${project.name}.`,
          personIds: [who],
          keywordIds: i % 5 === 0 ? [3 + (i % KEYWORDS.length)] : [],
          revision: 1 + (i % 5),
          modifiedBy: members[(i + 1) % members.length] ?? lenny.id,
          isFinished: i % 4 === 3,
          dueDate: due,
        },
        (i % 30) * 3 * 3_600_000 + 60_000,
        options.nowMs,
      );
    }
  }
}

function seedNotesAndFiles(state: SimState, nowMs: number): void {
  item(
    state,
    'note',
    11,
    {
      title: 'Guest list',
      details: "Lenny\nCarl\nLenny's cousin",
      personIds: [lenny.id, carl.id],
      keywordIds: [5],
      revision: 10,
      modifiedBy: carl.id,
    },
    3_600_000,
    nowMs,
  );
  item(
    state,
    'note',
    11,
    { title: 'Menu ideas', details: 'Donuts, Duff, pretzels', personIds: [homer.id], revision: 2, modifiedBy: homer.id },
    7_200_000,
    nowMs,
  );
  item(
    state,
    'note',
    12,
    {
      title: 'Safety inspection minutes',
      details: 'Console 7G passed, barely.',
      personIds: [homer.id, lenny.id],
      keywordIds: [4],
      revision: 4,
      modifiedBy: carl.id,
    },
    86_400_000,
    nowMs,
  );
  item(
    state,
    'note',
    13,
    {
      title: 'Newsletter topics',
      details: 'Employee of the month; new vending machine.',
      personIds: [lenny.id],
      revision: 3,
      modifiedBy: lenny.id,
    },
    5 * 86_400_000,
    nowMs,
  );
  const checklist = Buffer.from('1. Badge on\n2. Helmet on\n3. No donuts near the core\n');
  item(
    state,
    'file',
    12,
    {
      title: 'safety-checklist.txt',
      contentType: 'text/plain',
      bytes: checklist,
      details: 'Printed next to every console',
      personIds: [homer.id],
      revision: 2,
      modifiedBy: lenny.id,
      uploadedBy: lenny.id,
    },
    2 * 3_600_000,
    nowMs,
  );
  const invitation = Buffer.from('%PDF-1.4 birthday invitation (sample)\n');
  item(
    state,
    'file',
    11,
    {
      title: 'invitation.pdf',
      contentType: 'application/pdf',
      bytes: invitation,
      details: 'Invitation for the party',
      personIds: [lenny.id, carl.id],
      revision: 1,
      modifiedBy: carl.id,
      uploadedBy: carl.id,
    },
    10 * 3_600_000,
    nowMs,
  );
}

/** A write-write conflict already on the server: Carl's version in the original, Lenny's in the copy. */
function seedPendingConflict(state: SimState, nowMs: number): void {
  item(
    state,
    'task',
    11,
    {
      title: 'Order the chocolate cake',
      details: 'Chocolate, two tiers',
      personIds: [lenny.id, carl.id],
      keywordIds: [5, WRITE_WRITE_KEYWORD],
      revision: 4,
      modifiedBy: carl.id,
    },
    600_000,
    nowMs,
  );
  item(
    state,
    'task',
    11,
    {
      title: 'Order the birthday cake',
      details: 'Vanilla, three tiers',
      personIds: [],
      keywordIds: [WRITE_WRITE_KEYWORD],
      revision: 0,
      modifiedBy: lenny.id,
    },
    600_000,
    nowMs,
  );
}

export function seedState(state: SimState, options: SeedOptions): void {
  state.users = makeUsers(options.freeFileStorage, options.nowMs);
  state.projects = PROJECTS.map((p) => ({ ...p, memberIds: [...p.memberIds] }));
  for (const [id, name] of KEYWORDS) state.keywords.set(id, name);
  state.nextKeywordId = 8;
  seedNotesAndFiles(state, options.nowMs);
  if (options.pendingConflict) seedPendingConflict(state, options.nowMs);
  seedTasks(state, options);
}
