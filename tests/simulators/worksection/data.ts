/** In-memory shapes of the Worksection simulator. IDs are strings, as the API sends them. */

export interface SimUser {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  role: string;
  title: string;
  group: string;
  department: string;
  rate: number;
  phone: string;
}

export interface SimProject {
  id: string;
  name: string;
  status: 'active' | 'pending' | 'archive';
  company: string;
  userFromId: string;
  userToId: string;
  text: string;
  dateAdded: string;
  dateStart: string | null;
  dateEnd: string | null;
  maxTime: number | null;
  maxMoney: number | null;
  tagIds: string[];
  memberIds: string[];
  options: Record<string, number>;
}

export interface SimTask {
  id: string;
  projectId: string;
  parentId: string | null;
  name: string;
  text: string;
  status: 'active' | 'done';
  priority: string;
  userFromId: string;
  userToId: string;
  dateAdded: string;
  dateStart: string | null;
  dateEnd: string | null;
  dateClosed: string | null;
  maxTime: number | null;
  maxMoney: number | null;
  tagIds: string[];
  subscriberIds: string[];
  hidden: boolean;
}

export interface SimComment {
  id: string;
  taskId: string;
  text: string;
  dateAdded: string;
  userFromId: string;
}

export interface SimTagGroup {
  id: string;
  title: string;
  scope: 'task' | 'project';
  type: 'status' | 'label';
  access: 'public' | 'private';
}

export interface SimTag {
  id: string;
  title: string;
  groupId: string;
}

export interface SimCost {
  id: string;
  taskId: string;
  userId: string;
  comment: string;
  minutes: number;
  money: number;
  date: string;
  isTimer: boolean;
}

export interface SimTimer {
  id: string;
  taskId: string;
  userId: string;
  startedAt: Date;
}

export interface SimFile {
  id: string;
  projectId: string;
  taskId: string | null;
  name: string;
  /** Text for the seeded files; a Buffer when a test puts binary bytes there. */
  content: string | Buffer;
  dateAdded: string;
  userFromId: string;
}

export interface SimEvent {
  action: 'post' | 'update' | 'close' | 'reopen' | 'delete';
  type: 'project' | 'task' | 'comment';
  id: string;
  page: string;
  projectId: string;
  at: Date;
  userFromId: string;
  next: Record<string, unknown>;
  old: Record<string, unknown>;
}

export interface SimGroup {
  id: string;
  title: string;
  type: 'folder' | 'company';
  client: number;
}

export interface SimContact {
  id: string;
  name: string;
  email: string;
  title: string;
  group: string;
  phone: string;
}

export type HashMode = 'legacy' | 'query' | 'both';

export interface WorksectionState {
  apiKey: string;
  /** Which signature the server accepts: the seeds' md5(page+action+key), the newer md5(query+key), or both. */
  hashMode: HashMode;
  /** Requests allowed per quota window before `Quota exceeded` (0 = unlimited). */
  quotaPerWindow: number;
  quotaWindowMs: number;
  /** Records one list reply may hold before "Too many tasks (10000 max)". */
  recordCap: number;
  ownerId: string;
  users: SimUser[];
  userGroups: SimGroup[];
  contacts: SimContact[];
  contactGroups: SimGroup[];
  projectGroups: SimGroup[];
  projects: SimProject[];
  tasks: SimTask[];
  comments: SimComment[];
  tagGroups: SimTagGroup[];
  tags: SimTag[];
  costs: SimCost[];
  timers: SimTimer[];
  files: SimFile[];
  events: SimEvent[];
  nextId: number;
  /** Every action the server handled (after auth, quota and faults), in order. */
  handled: { action: string; params: Record<string, string> }[];
}

export function newId(state: WorksectionState): string {
  state.nextId += 1;
  return String(state.nextId);
}

/** The pseudo users the API puts in user_to/user_from. */
export const NOONE = { id: '1', email: 'NOONE', name: "Executive isn't assigned" };
export const ANYONE = { id: '2', email: 'ANY', name: 'Anyone' };
export const NO_MANAGER = { id: '0', email: 'NOONE', name: "Manager isn't assigned" };
