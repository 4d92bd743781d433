import { z } from 'zod';
import { isValidCalendarDate } from './dates/day.js';

export const PROVIDER_IDS = ['worksnaps', 'worksection', 'workity', 'webwork'] as const;
export const ProviderIdSchema = z.enum(PROVIDER_IDS);
export type ProviderId = z.infer<typeof ProviderIdSchema>;

export const PROVIDER_NAMES: Record<ProviderId, string> = {
  worksnaps: 'Worksnaps',
  worksection: 'Worksection',
  workity: 'Workity',
  webwork: 'WebWork Tracker',
};

export type RecordKind = 'project' | 'task' | 'note' | 'file' | 'news' | 'time' | 'cost' | 'timer';

/** `provider:accountId:kind:remoteId`, stable across syncs and restarts. */
export function recordKey(provider: ProviderId, accountId: string, kind: RecordKind, remoteId: string): string {
  return `${provider}:${accountId}:${kind}:${remoteId}`;
}

/** A task made offline has a local key until the server gives it an id. */
export function localTaskKey(provider: ProviderId, accountId: string, localId: string): string {
  return `${provider}:${accountId}:task:local-${localId}`;
}

export function isLocalKey(key: string): boolean {
  return key.split(':')[3]?.startsWith('local-') ?? false;
}

export interface ParsedKey {
  provider: ProviderId;
  accountId: string;
  kind: RecordKind;
  remoteId: string;
}

export function parseKey(key: string): ParsedKey | null {
  const [provider, accountId, kind, ...rest] = key.split(':');
  const parsed = ProviderIdSchema.safeParse(provider);
  if (!parsed.success || !accountId || !kind || rest.length === 0) return null;
  return { provider: parsed.data, accountId, kind: kind as RecordKind, remoteId: rest.join(':') };
}

export const AccountSchema = z.object({
  id: z.string(),
  provider: ProviderIdSchema,
  label: z.string(),
  baseUrl: z.string(),
  /** Non-secret per-account settings: Workity e-mail, WebWork workspace, Worksection hash mode, the user's remote id. */
  settings: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
});
export type Account = z.infer<typeof AccountSchema>;

export const TASK_STATUSES = ['open', 'doing', 'done'] as const;
export const TaskStatusSchema = z.enum(TASK_STATUSES);
export type TaskStatus = z.infer<typeof TaskStatusSchema>;

export interface Project {
  key: string;
  provider: ProviderId;
  accountId: string;
  remoteId: string;
  name: string;
  archived: boolean;
  raw: Record<string, unknown>;
}

export interface Task {
  key: string;
  provider: ProviderId;
  accountId: string;
  projectRemoteId: string;
  remoteId: string | null;
  parentRemoteId: string | null;
  title: string;
  details: string;
  status: TaskStatus;
  /** The provider's own status value (WebWork 0/10/20/30, Worksection active/done, Workity IsFinished). */
  rawStatus: string | null;
  /** Provider priority, kept raw (WebWork 10–40, Worksection "0".."10", Workity 1–3). */
  priority: number | null;
  dueDate: string | null;
  assignees: string[];
  tags: string[];
  /** True when one of the assignees is the account's own user. */
  isMine: boolean;
  /** Workity revision number, or the server's updated-at for the others: what an edit was based on. */
  revision: string | null;
  updatedAt: string | null;
  extras: Record<string, unknown>;
  /** An outbox entry for this task has not reached the server yet. */
  pending: boolean;
  /** An unsettled conflict exists for this task. */
  conflict: boolean;
}

/** Fields of a task that a user edits and that conflicts are reported on. */
export const EDITABLE_FIELDS = ['title', 'details', 'status', 'dueDate', 'assignees', 'tags', 'priority'] as const;
export type EditableField = (typeof EDITABLE_FIELDS)[number];

export const TaskPatchSchema = z
  .object({
    title: z.string(),
    details: z.string(),
    status: TaskStatusSchema,
    dueDate: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .refine(isValidCalendarDate, 'not a calendar date')
      .nullable(),
    assignees: z.array(z.string()),
    tags: z.array(z.string()),
    priority: z.number().int().nullable(),
  })
  .partial()
  .strict();
export type TaskPatch = z.infer<typeof TaskPatchSchema>;

export interface NewTask {
  projectRemoteId: string;
  title: string;
  details: string;
  dueDate: string | null;
  parentRemoteId?: string | null;
  /** Who to assign, as the service names them in Task.assignees (Member.ref), resolved from people's names. */
  assignees?: string[];
  /** The service's own priority value (see shared/priority.ts). */
  priority?: number | null;
}

/** A person an account can see (assign tasks to), pulled on every sync. */
export interface Member {
  accountId: string;
  remoteId: string;
  name: string;
  email: string | null;
  /**
   * How the service's tasks name this person in Task.assignees: the user id
   * (WebWork, Worksnaps), the e-mail (Worksection) or the name (Workity).
   */
  ref: string;
}

/** Workity note and file items; kind tells which. */
export interface WorkityItem {
  key: string;
  accountId: string;
  kind: 'note' | 'file';
  projectRemoteId: string;
  remoteId: string;
  title: string;
  details: string;
  revision: string | null;
  updatedAt: string | null;
  extras: Record<string, unknown>;
}

export interface NewsItem {
  key: string;
  accountId: string;
  kind: 'project' | 'task' | 'note' | 'file';
  remoteId: string;
  title: string;
  modifiedBy: string | null;
  modifiedAt: string | null;
}

export interface TimeEntry {
  key: string;
  accountId: string;
  /** `time` for tracked time (Worksnaps, WebWork), `cost` for Worksection costs. */
  kind: 'time' | 'cost';
  projectRemoteId: string | null;
  taskRemoteId: string | null;
  start: string | null;
  end: string | null;
  minutes: number;
  note: string;
}

export interface Timer {
  key: string;
  accountId: string;
  remoteId: string;
  taskRemoteId: string | null;
  title: string;
  userName: string | null;
  startedAt: string | null;
}

export const CONFLICT_KINDS = ['write-write', 'delete-write', 'offline-edit'] as const;
export type ConflictKind = (typeof CONFLICT_KINDS)[number];

export interface FieldConflict {
  base: unknown;
  mine: unknown;
  theirs: unknown;
}

export interface Conflict {
  id: string;
  accountId: string;
  kind: ConflictKind;
  key: string;
  title: string;
  fields: Record<string, FieldConflict>;
  /** Remote ids of the server items involved (Workity's original and its conflict copy). */
  serverItems: Record<string, string>;
  foundAt: string;
  resolvedAt: string | null;
}

/** What a provider can do; the UI shows only these and explains the rest. */
export interface Capabilities {
  statusChanges: boolean;
  doingStatus: boolean;
  dueDates: boolean;
  details: boolean;
  deleteTasks: boolean;
  comments: boolean;
  costs: boolean;
  timeEntries: boolean;
  timers: boolean;
  news: boolean;
  conflictCopies: boolean;
  assignees: boolean;
  tags: boolean;
  notesAndFiles: boolean;
  /** Tasks carry a priority Worktray can set (levels mapped in shared/priority.ts). */
  priority: boolean;
  /** A task can be made under another (`parentRemoteId` on add). */
  subtasks: boolean;
  /** At most one person is assigned at a time. */
  singleAssignee: boolean;
  /** Booking time (Worksnaps offline time, Worksection costs, WebWork manual entries). */
  logTime: boolean;
  /** Changing the start, length or note of a booked entry. */
  editTime: boolean;
  deleteTime: boolean;
  /** Starting the service's own timer. */
  startTimer: boolean;
  /**
   * The longest title the service takes, in characters (Workity's SOAP
   * refuses over 100, WebWork's API over 1024); null where the service states
   * no limit, so only the contract's own 1024 applies.
   */
  titleMax: number | null;
  /** Why a missing capability is missing, shown next to the disabled control. */
  notes: Partial<Record<CapabilityFlag, string>>;
}

/** The yes/no capabilities, the ones a note can explain. */
export type CapabilityFlag = Exclude<keyof Capabilities, 'notes' | 'titleMax'>;

/** A provider that can do nothing; adapters spread it and switch on what they support. */
export const NO_CAPABILITIES: Capabilities = {
  statusChanges: false,
  doingStatus: false,
  dueDates: false,
  details: false,
  deleteTasks: false,
  comments: false,
  costs: false,
  timeEntries: false,
  timers: false,
  news: false,
  conflictCopies: false,
  assignees: false,
  tags: false,
  notesAndFiles: false,
  priority: false,
  subtasks: false,
  singleAssignee: false,
  logTime: false,
  editTime: false,
  deleteTime: false,
  startTimer: false,
  titleMax: null,
  notes: {},
};
