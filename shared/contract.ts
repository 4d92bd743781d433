import { z } from 'zod';
import type { ErrorPayload, Result } from './errors.js';
import {
  ProviderIdSchema,
  TaskPatchSchema,
  type Capabilities,
  type Conflict,
  type Member,
  type NewsItem,
  type Project,
  type ProviderId,
  type Task,
  type TimeEntry,
  type Timer,
  type WorkityItem,
} from './model.js';
import { isValidCalendarDate } from './dates/day.js';
import { stampToInstant } from './dates/wire.js';

/*
 * The one contract between the renderer and the main side. Every request is a
 * `domain:verb` key with a zod schema for its input; the main side validates
 * every payload against it before a handler runs.
 */

const id = z.string().min(1).max(200);
const text = (max: number) => z.string().max(max);
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine(isValidCalendarDate, 'not a calendar date');

export const TASK_VIEWS = ['all', 'mine', 'due-today', 'overdue', 'recent', 'pending'] as const;
export const TASK_SORTS = ['updated', 'due', 'title', 'status', 'provider'] as const;

export const TaskQuerySchema = z
  .object({
    accountId: id.optional(),
    provider: ProviderIdSchema.optional(),
    projectRemoteId: id.optional(),
    status: z.enum(['open', 'doing', 'done', 'all', 'not-done']).optional(),
    view: z.enum(TASK_VIEWS).optional(),
    search: text(200).optional(),
    assignee: text(200).optional(),
    dueBefore: isoDate.optional(),
    sort: z.enum(TASK_SORTS).optional(),
    offset: z.number().int().min(0).max(10_000_000).optional(),
    limit: z.number().int().min(1).max(100_000).optional(),
  })
  .strict();
export type TaskQuery = z.infer<typeof TaskQuerySchema>;

export const AddAccountSchema = z
  .object({
    provider: ProviderIdSchema,
    label: text(100).min(1),
    baseUrl: text(500).url().optional(),
    email: text(200).optional(),
    workspace: text(100).optional(),
    secret: text(2000).min(1),
    verify: z.boolean().optional(),
  })
  .strict();

export const AddTaskSchema = z
  .object({
    accountId: id,
    projectRemoteId: id,
    title: text(1024).min(1),
    details: text(65_535).optional(),
    dueDate: isoDate.nullable().optional(),
    parentRemoteId: id.nullable().optional(),
    /** People by name or e-mail as `members:list` shows them; the core maps them to the service's ids. */
    assignees: z.array(text(200).min(1)).max(100).optional(),
    /** The service's own priority value (shared/priority.ts maps levels to it). */
    priority: z.number().int().nullable().optional(),
  })
  .strict();

/**
 * The values a merge saves: an edit's fields under an edit's rules, with the
 * title and details bounded as on add. The page and `conflicts resolve
 * --merged` both send this, so both refuse the same things.
 */
export const MergedFieldsSchema = TaskPatchSchema.extend({
  title: text(1024)
    .refine((value) => value.trim().length > 0, 'the title must not be empty')
    .optional(),
  details: text(65_535).optional(),
})
  .strict()
  .refine((value) => Object.keys(value).length > 0, 'give at least one field to save');
export type MergedFields = z.infer<typeof MergedFieldsSchema>;

export const ResolveConflictSchema = z
  .object({
    id,
    keep: z.enum(['mine', 'theirs']).optional(),
    merged: MergedFieldsSchema.optional(),
    /** Delete-write conflicts: restore the item, or let the deletion stand. */
    deleteWrite: z.enum(['keep', 'drop']).optional(),
  })
  .strict()
  .refine((v) => [v.keep, v.merged, v.deleteWrite].filter((x) => x !== undefined).length === 1, {
    message: 'give exactly one of keep, merged or deleteWrite',
  });

const none = z.object({}).strict();
const byAccount = z.object({ accountId: id.optional() }).strict();

export const SettingsSchema = z
  .object({
    theme: z.enum(['system', 'light', 'dark']),
    quickAddShortcut: text(100),
    lastAccountId: id.nullable(),
    lastProjectRemoteId: id.nullable(),
    startAtLogin: z.boolean(),
  })
  .partial()
  .strict();
/** What `settings:set` may change; what `settings:get` reads back adds the keyring consent. */
export type Settings = Required<z.infer<typeof SettingsSchema>> & {
  /**
   * The user's answer to the native "store without a keyring?" dialog. Only
   * the Electron main process sets it, after that dialog: a renderer that
   * could set it would skip the consent.
   */
  allowPlainTextSecrets: boolean;
};

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  quickAddShortcut: 'CommandOrControl+Shift+Space',
  lastAccountId: null,
  lastProjectRemoteId: null,
  startAtLogin: false,
  allowPlainTextSecrets: false,
};

/** ISO 8601 date and time; without a zone it is the user's wall clock (shared/dates). */
const dateTime = z
  .string()
  .max(40)
  .refine((value) => stampToInstant(value) !== null, 'expected an ISO 8601 date and time such as 2026-12-01T09:00');
/** Positivity is the core's rule, told with the service's own wording. */
const minutesField = z.number().int().max(100_000);

export const LogTimeSchema = z
  .object({
    accountId: id,
    projectRemoteId: id,
    taskRemoteId: id.nullish(),
    start: dateTime,
    end: dateTime.optional(),
    minutes: minutesField.optional(),
    note: text(10_000).optional(),
  })
  .strict();
export type LogTimeInput = z.output<typeof LogTimeSchema>;

export const EditTimeSchema = z
  .object({
    key: id,
    start: dateTime.optional(),
    end: dateTime.optional(),
    minutes: minutesField.optional(),
    note: text(10_000).optional(),
  })
  .strict();
export type EditTimeInput = z.output<typeof EditTimeSchema>;

export const StartTimerSchema = z
  .object({ accountId: id, projectRemoteId: id.optional(), taskRemoteId: id.optional(), note: text(10_000).optional() })
  .strict();
export type StartTimerInput = z.output<typeof StartTimerSchema>;

export const requestSchemas = {
  'app:info': none,
  'accounts:list': none,
  'accounts:add': AddAccountSchema,
  'accounts:test': z.object({ id }).strict(),
  'accounts:remove': z.object({ id }).strict(),
  'capabilities:get': none,
  'projects:list': byAccount,
  'tasks:list': TaskQuerySchema,
  'tasks:counts': none,
  'tasks:get': z.object({ key: id }).strict(),
  'tasks:add': AddTaskSchema,
  'tasks:edit': z.object({ key: id, patch: TaskPatchSchema }).strict(),
  'tasks:delete': z.object({ key: id }).strict(),
  'members:list': byAccount,
  'items:list': z.object({ accountId: id, projectRemoteId: id.optional() }).strict(),
  'comments:list': z.object({ key: id }).strict(),
  'comments:add': z.object({ key: id, text: text(65_535).min(1) }).strict(),
  'notes:list': z.object({ accountId: id.optional(), projectRemoteId: id.optional() }).strict(),
  'notes:add': z
    .object({ accountId: id, projectRemoteId: id, title: text(100).min(1), text: text(1_000_000).optional() })
    .strict(),
  'notes:edit': z.object({ key: id, title: text(100).min(1).optional(), text: text(1_000_000).optional() }).strict(),
  'files:list': z.object({ accountId: id.optional(), projectRemoteId: id.optional(), taskKey: id.optional() }).strict(),
  'files:add': z
    .object({
      accountId: id,
      projectRemoteId: id,
      name: text(100).min(1),
      contentType: text(100).min(1).optional(),
      // 64 MiB of bytes as base64
      base64: z.string().min(1).max(90_000_000),
    })
    .strict(),
  'files:get': z.object({ key: id }).strict(),
  'news:list': byAccount,
  'news:reset': z.object({ accountId: id }).strict(),
  'conflicts:list': none,
  'conflicts:resolve': ResolveConflictSchema,
  'conflicts:undo': z.object({ id }).strict(),
  'time:list': z.object({ accountId: id.optional(), from: isoDate.optional(), to: isoDate.optional() }).strict(),
  'timers:list': byAccount,
  'timers:stop': z.object({ key: id }).strict(),
  'time:log': LogTimeSchema,
  'time:edit': EditTimeSchema,
  'time:delete': z.object({ key: id }).strict(),
  'timers:start': StartTimerSchema,
  'outbox:list': none,
  'outbox:retry': z.object({ id: z.number().int().positive() }).strict(),
  'outbox:discard': z.object({ id: z.number().int().positive() }).strict(),
  'outbox:push': byAccount,
  'sync:run': byAccount,
  'sync:status': none,
  'settings:get': none,
  'settings:set': SettingsSchema,
  'vault:addPassphrase': z.object({ passphrase: z.string().min(1).max(1024) }).strict(),
} as const;

export type Channel = keyof typeof requestSchemas;
export const CHANNELS = Object.keys(requestSchemas) as Channel[];
export type Input<C extends Channel> = z.input<(typeof requestSchemas)[C]>;

/** What the renderer may know of an account: never a secret. */
export interface PublicAccount {
  id: string;
  provider: ProviderId;
  label: string;
  baseUrl: string;
  userName: string | null;
  settings: Record<string, unknown>;
}

export interface MutationResult {
  key: string;
  state: 'sent' | 'queued' | 'failed';
  remoteId: string | null;
  error: ErrorPayload | null;
}

export interface OutboxEntryView {
  id: number;
  accountId: string;
  op: string;
  key: string;
  title: string;
  state: 'queued' | 'failed';
  attempts: number;
  error: ErrorPayload | null;
  createdAt: string;
}

export interface AccountSyncStatus {
  accountId: string;
  provider: ProviderId;
  online: boolean;
  syncing: boolean;
  lastSyncedAt: string | null;
  error: ErrorPayload | null;
  progress: { phase: string; done: number; total: number } | null;
}

export interface AccountSyncReport {
  id: string;
  pulled: { projects: number; tasks: number; news: number; time: number };
  pushed: number;
  failed: number;
  conflicts: number;
  error: { code: string; message: string } | null;
}

/** What the desktop shell reports about itself (Electron only): the shortcut and the keyring. */
export interface ShellStatus {
  shortcut: { accelerator: string; registered: boolean; message: string | null; fallbackCommand: string };
  secrets: { kind: string; isStrong: boolean; warning: string | null };
}

export interface PushSummary {
  id: string;
  pushed: number;
  failed: number;
  conflicts: number;
  error: { code: string; message: string } | null;
}

export interface TaskCounts {
  views: Record<(typeof TASK_VIEWS)[number], number>;
  projects: Record<string, number>;
  accounts: Record<string, number>;
  news: number;
  conflicts: number;
  outbox: { queued: number; failed: number };
}

export interface Comment {
  remoteId: string;
  author: string | null;
  text: string;
  createdAt: string | null;
}

/** An attachment (Workity file item) as the files list shows it. */
export interface FileEntry {
  key: string;
  accountId: string;
  projectRemoteId: string;
  remoteId: string;
  name: string;
  size: number | null;
  contentType: string | null;
  modifiedAt: string | null;
}

/** A downloaded file; the bytes as base64, which every host's transport carries unchanged. */
export interface FileDownload {
  key: string;
  name: string;
  contentType: string;
  size: number;
  base64: string;
}

export interface Outputs {
  'app:info': { version: string; host: 'electron' | 'web'; dataDir: string; shell?: ShellStatus };
  'accounts:list': PublicAccount[];
  'accounts:add': PublicAccount;
  'accounts:test': { ok: true; userName: string | null };
  'accounts:remove': { removed: true };
  'capabilities:get': Record<ProviderId, Capabilities>;
  'projects:list': Project[];
  /** `total` is exact unless `capped`: then at least that many match (a listing counts only so far; show "1,000+"). */
  'tasks:list': { tasks: Task[]; total: number; capped: boolean };
  'tasks:counts': TaskCounts;
  'tasks:get': Task;
  'tasks:add': MutationResult;
  'tasks:edit': MutationResult;
  'tasks:delete': MutationResult;
  'members:list': Member[];
  'items:list': WorkityItem[];
  'comments:list': Comment[];
  'comments:add': MutationResult;
  'notes:list': WorkityItem[];
  'notes:add': MutationResult;
  'notes:edit': MutationResult;
  'files:list': FileEntry[];
  'files:add': FileEntry;
  'files:get': FileDownload;
  'news:list': NewsItem[];
  'news:reset': { reset: true };
  'conflicts:list': Conflict[];
  'conflicts:resolve': MutationResult;
  'conflicts:undo': MutationResult;
  'time:list': TimeEntry[];
  'timers:list': Timer[];
  'timers:stop': { stopped: true };
  'time:log': MutationResult;
  'time:edit': MutationResult;
  'time:delete': MutationResult;
  'timers:start': Timer;
  'outbox:list': OutboxEntryView[];
  'outbox:retry': MutationResult;
  'outbox:discard': { discarded: true };
  'outbox:push': { accounts: PushSummary[] };
  'sync:run': { accounts: AccountSyncReport[] };
  'sync:status': AccountSyncStatus[];
  'settings:get': Settings;
  'settings:set': Settings;
  'vault:addPassphrase': { added: true };
}

export type Output<C extends Channel> = Outputs[C];

/** A handler for every channel; a missing or misshapen one does not compile. */
export type Handlers = { [C in Channel]: (input: z.output<(typeof requestSchemas)[C]>) => Promise<Output<C>> };

export interface Events {
  'tasks:changed': { accountId: string | null };
  'accounts:changed': Record<string, never>;
  'news:changed': { accountId: string; unread: number };
  'conflicts:changed': { open: number };
  'outbox:changed': { queued: number; failed: number };
  'sync:changed': AccountSyncStatus;
}
export type EventName = keyof Events;
export const EVENT_NAMES: EventName[] = [
  'tasks:changed',
  'accounts:changed',
  'news:changed',
  'conflicts:changed',
  'outbox:changed',
  'sync:changed',
];

export type Reply<C extends Channel> = Result<Output<C>>;

/** The transport-independent face the renderer talks to (Electron bridge, WebSocket, test mock). */
export interface Api {
  invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Reply<C>>;
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void;
}

/** The window-level bridge the preload exposes. */
export const BRIDGE_KEY = 'worktray';
