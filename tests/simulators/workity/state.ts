/** In-memory data of the Workity simulator: plain records the handlers read and write. */

export type ItemKind = 'task' | 'note' | 'file';

export interface SimUser {
  id: number;
  name: string;
  email: string;
  password: string;
  pictureUrl: string;
  acceptedTerms: boolean;
  premium: boolean;
  failedLogins: number;
  /** Server time (ms) until which Login answers -2. */
  lockedUntil: number;
  freeStorage: number;
  /** Server time (ms) of the user's last ResetNews. */
  newsSince: number;
}

export interface SimProject {
  id: number;
  name: string;
  memberIds: number[];
  active: boolean;
}

export interface SimItem {
  kind: ItemKind;
  /** xs:long as decimal text: item ids may pass 2^53 (set `nextItemId` high to test that). */
  id: string;
  projectId: number;
  /** Title of a task or note; the file name of a file. */
  title: string;
  details: string;
  personIds: number[];
  keywordIds: number[];
  revision: number;
  modifiedBy: number;
  /** The caller's local ModificationDate as sent (wire form). */
  modifiedAt: string;
  /** Server clock (ms) of the last change, for the news search. */
  changedAt: number;
  isFinished: boolean;
  dueDate: string | null;
  contentType: string;
  bytes: Buffer | null;
  uploadedBy: number;
  uploadedAt: string;
}

export interface SimTicket {
  userId: number;
  lastUsed: number;
}

export interface SimState {
  users: SimUser[];
  projects: SimProject[];
  keywords: Map<number, string>;
  /** Live items, keyed `${kind}:${id}`. */
  items: Map<string, SimItem>;
  /** Deleted items, kept so a later save is recognised as a delete-write conflict. */
  deleted: Map<string, SimItem>;
  tickets: Map<string, SimTicket>;
  /** The last item id handed out; the next item gets one more. BigInt so ids past 2^53 stay exact. */
  nextItemId: bigint;
  nextKeywordId: number;
}

export const WRITE_WRITE_KEYWORD = 1;
export const DELETE_WRITE_KEYWORD = 2;
export const TICKET_IDLE_MS = 60 * 60 * 1000;

export function createEmptyState(): SimState {
  return {
    users: [],
    projects: [],
    keywords: new Map([
      [WRITE_WRITE_KEYWORD, '!WRITE-WRITE-CONFLICT!'],
      [DELETE_WRITE_KEYWORD, '!DELETE-WRITE-CONFLICT!'],
    ]),
    items: new Map(),
    deleted: new Map(),
    tickets: new Map(),
    nextItemId: 1000n,
    nextKeywordId: 3,
  };
}

export function itemKey(kind: ItemKind, id: string | number | bigint): string {
  return `${kind}:${id}`;
}

/** A fresh item id. */
export function newItemId(state: SimState): string {
  state.nextItemId += 1n;
  return state.nextItemId.toString();
}

/** Orders item ids as the numbers they are. */
export function byItemId(a: { id: string }, b: { id: string }): number {
  const d = BigInt(a.id) - BigInt(b.id);
  return d === 0n ? 0 : d < 0n ? -1 : 1;
}

export function findItem(state: SimState, kind: ItemKind, id: string): SimItem | undefined {
  return state.items.get(itemKey(kind, id));
}

export function putItem(state: SimState, item: SimItem): SimItem {
  state.items.set(itemKey(item.kind, item.id), item);
  return item;
}

export function userById(state: SimState, id: number): SimUser | undefined {
  return state.users.find((user) => user.id === id);
}

export function activeProjectsOf(state: SimState, userId: number): SimProject[] {
  return state.projects.filter((project) => project.active && project.memberIds.includes(userId));
}

export function keywordIdByName(state: SimState, name: string): number | undefined {
  for (const [id, label] of state.keywords) if (label.toLowerCase() === name.toLowerCase()) return id;
  return undefined;
}
