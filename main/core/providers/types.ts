import type {
  Account,
  Capabilities,
  ConflictKind,
  Conflict,
  EditableField,
  FieldConflict,
  Member,
  NewTask,
  NewsItem,
  Project,
  ProviderId,
  Task,
  TaskPatch,
  TimeEntry,
  Timer,
  WorkityItem,
} from '../../../shared/model.js';
import type { Logger } from '../log.js';

/** Everything a provider session gets from the core; nothing is read from globals. */
export interface ProviderContext {
  account: Account;
  /** The API token, API key or password, decrypted from the vault for this session only. */
  secret: string;
  now: () => Date;
  log: Logger;
  /** Per-request timeout in milliseconds. */
  timeoutMs: number;
  /** Persists non-secret settings learned while talking to the server (e.g. Worksection's hash form). */
  saveSettings: (patch: Record<string, unknown>) => void;
}

export interface VerifyResult {
  userRemoteId: string | null;
  userName: string | null;
  /** Settings to remember on the account (workspace chosen, hash form accepted, ...). */
  settings: Record<string, unknown>;
}

export interface PullRange {
  from: Date;
  to: Date;
}

/**
 * Where a pull delivers what it read. Each call is written to the cache in one
 * transaction, so a provider should call it once per page it receives.
 */
export interface PullSink {
  projects(projects: Project[]): void;
  /** One page of one project's tasks; `last` tells the cache it may drop tasks it did not see. */
  tasks(projectRemoteId: string, tasks: Task[], page: { index: number; last: boolean }): void;
  items(projectRemoteId: string, items: WorkityItem[]): void;
  news(items: NewsItem[]): void;
  time(entries: TimeEntry[]): void;
  timers(timers: Timer[]): void;
  /** Everyone the account can see (assign to); replaces what the last pull delivered. */
  members(members: Member[]): void;
  /** Conflicts the server itself holds (Workity items tagged with keyword 1 or 2), found while pulling. */
  conflicts(found: FoundConflict[]): void;
  progress(phase: string, done: number, total: number): void;
}

/** A server-side conflict seen during a pull, keyed to the cached record it concerns. */
export interface FoundConflict extends ConflictDraft {
  key: string;
}

/** What the server said when the client tried to save a change. */
export type UpdateOutcome = { kind: 'saved'; task: Task } | { kind: 'conflict'; conflict: ConflictDraft };

export interface ConflictDraft {
  kind: ConflictKind;
  title: string;
  fields: Record<string, FieldConflict>;
  serverItems: Record<string, string>;
}

export type ConflictResolution = { kind: 'fields'; values: Record<string, unknown> } | { kind: 'keep' } | { kind: 'drop' };

export interface NewTimeEntry {
  projectRemoteId: string;
  taskRemoteId: string | null;
  start: string;
  end: string;
  note: string;
}

/** A timer to start on the service (WebWork's tracker). */
export interface NewTimer {
  projectRemoteId: string | null;
  taskRemoteId: string | null;
  note: string;
}

export interface Comment {
  remoteId: string;
  author: string | null;
  text: string;
  createdAt: string | null;
}

/** A note to make (Workity notes); `text` is the item's details. */
export interface NewNote {
  projectRemoteId: string;
  title: string;
  text: string;
}

export interface NotePatch {
  title?: string;
  text?: string;
}

export type NoteOutcome = { kind: 'saved'; note: WorkityItem } | { kind: 'conflict'; conflict: ConflictDraft };

export interface NewFile {
  projectRemoteId: string;
  name: string;
  contentType: string;
  bytes: Buffer;
}

export interface FileContent {
  name: string;
  contentType: string;
  bytes: Buffer;
}

/** A live connection to one account. Methods throw AppError, never anything else. */
export interface ProviderSession {
  verify(): Promise<VerifyResult>;
  pull(sink: PullSink, range: PullRange): Promise<void>;
  createTask(input: NewTask): Promise<Task>;
  /** Finds a task this client may already have made (same project and title, created since `since`). */
  findCreatedTask(input: NewTask, since: Date): Promise<Task | null>;
  /** The server's current version of a task, or null when it no longer exists. */
  getTask(projectRemoteId: string, remoteId: string): Promise<Task | null>;
  /**
   * Writes the fields of `patch` onto the server item `task`, and returns the item as saved.
   * Means the same for every provider:
   * - `task` is the item as the core last knew it: the server's version it just read
   *   (sync/sendUpdate.ts), or for a service that guards writes by revision itself
   *   (capabilities.conflictCopies) the cached version carrying that revision.
   *   List fields (tags, assignees) are diffed against it into add/remove calls.
   * - It does not look for conflicts and does not read the item before writing: the core
   *   has already compared base, mine and theirs. The one exception is the server's own
   *   word: a service that refuses a stale revision and keeps a conflict copy (Workity's
   *   SaveTask answering 1 or 2) returns `conflict`, which the core records like its own.
   * - It may read the item back after writing when the write's reply does not carry it.
   * - A field the service cannot store is refused with AppError `unsupported`/`validation`
   *   naming the field, before anything is sent.
   */
  updateTask(task: Task, patch: TaskPatch): Promise<UpdateOutcome>;
  deleteTask?(task: Task): Promise<void>;
  listComments?(task: Task): Promise<Comment[]>;
  addComment?(task: Task, text: string): Promise<Comment>;
  logTime?(entry: NewTimeEntry): Promise<TimeEntry>;
  /** Finds time this client may already have booked (same project, task, start, minutes and note, made since `since`). */
  findLoggedTime?(entry: NewTimeEntry, since: Date): Promise<TimeEntry | null>;
  /** Rewrites the booked entry `before` (the cached one, keyed by its server id) to `entry`. */
  editTime?(before: TimeEntry, entry: NewTimeEntry): Promise<TimeEntry>;
  /** Removes a booked entry; one the server no longer has counts as removed. */
  deleteTime?(entry: TimeEntry): Promise<void>;
  startTimer?(input: NewTimer): Promise<Timer>;
  stopTimer?(timer: Timer): Promise<void>;
  resetNews?(): Promise<void>;
  createNote?(input: NewNote): Promise<WorkityItem>;
  /** A note this client may already have made (same project and title, modified since `since`). */
  findCreatedNote?(input: NewNote, since: Date): Promise<WorkityItem | null>;
  getNote?(remoteId: string): Promise<WorkityItem | null>;
  /** Saves onto `note` as cached (its revision guards the write, as for Workity tasks). */
  updateNote?(note: WorkityItem, patch: NotePatch): Promise<NoteOutcome>;
  /** Files listed live from the service (Worksection): a task's, or a project's when `task` is null. */
  listFiles?(scope: { projectRemoteId: string; task: Task | null }): Promise<WorkityItem[]>;
  uploadFile?(input: NewFile): Promise<WorkityItem>;
  downloadFile?(file: WorkityItem): Promise<FileContent>;
  /** Settles a provider-side conflict (Workity's conflict copies) on the server. */
  resolveConflict?(conflict: Conflict, resolution: ConflictResolution): Promise<void>;
  /** Releases server-side state (Workity's Logout). */
  close(): Promise<void>;
}

export interface AccountInput {
  baseUrl: string | null;
  email: string | null;
  workspace: string | null;
}

/** One per provider; the registry maps a provider id to it. */
export interface ProviderAdapter {
  id: ProviderId;
  capabilities: Capabilities;
  /**
   * Editable list fields the service stores as sets, where order means nothing
   * (tags, assignees): the core's three-way merge compares them as sets. A field
   * not named here is compared in order.
   */
  unorderedFields?: readonly EditableField[];
  defaultBaseUrl: string | null;
  /**
   * The service's own rules for booked time (Worksnaps' 10-minute steps), checked
   * before anything is queued; `before` is the cached entry when it is an edit.
   * Throws AppError `validation`/`unsupported` naming the field.
   */
  checkTimeEntry?(entry: NewTimeEntry, before?: TimeEntry): void;
  /** Checks the non-secret account options before anything is sent; returns settings to store. */
  prepareAccount(input: AccountInput): { baseUrl: string; settings: Record<string, unknown> };
  connect(ctx: ProviderContext): ProviderSession;
}
