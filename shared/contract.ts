import { z } from 'zod';
import type { Result } from './errors.js';
import {
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
import { id, isoDate, text } from './channels/fields.js';
import { AddAccountSchema, SettingsSchema, type Settings } from './channels/accounts.js';
import { AddTaskSchema, ResolveConflictSchema, TaskQuerySchema } from './channels/tasks.js';
import { EditTimeSchema, LogTimeSchema, StartTimerSchema } from './channels/time.js';
import { UndoSchema, type UndoReport } from './channels/undo.js';
import type {
  AccountSyncReport,
  AccountSyncStatus,
  Comment,
  FileDownload,
  FileEntry,
  AddResult,
  MutationResult,
  OutboxEntryView,
  PublicAccount,
  PushSummary,
  ShellStatus,
  TaskCounts,
} from './channels/views.js';

export * from './channels/accounts.js';
export * from './channels/tasks.js';
export * from './channels/time.js';
export * from './channels/undo.js';
export * from './channels/views.js';

/*
 * The one contract between the renderer and the main side. Every request is a
 * `domain:verb` key with a zod schema for its input; the main side validates
 * every payload against it before a handler runs. The schemas and answer shapes
 * live by domain in shared/channels/; this file binds them to channel names.
 */

const none = z.object({}).strict();
const byAccount = z.object({ accountId: id.optional() }).strict();

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
  'files:open': z.object({ key: id }).strict(),
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
  'undo:run': UndoSchema,
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
  'tasks:add': AddResult;
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
  /** Where the copy that was opened lies (the desktop app; other hosts answer `unsupported`). */
  'files:open': { path: string };
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
  'undo:run': UndoReport;
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
  /** Every count the sidebar, tray panel and tray tooltip show, sent right after the write that changed one. */
  'counts:changed': TaskCounts;
}
export type EventName = keyof Events;
export const EVENT_NAMES: EventName[] = [
  'tasks:changed',
  'accounts:changed',
  'news:changed',
  'conflicts:changed',
  'outbox:changed',
  'sync:changed',
  'counts:changed',
];

export type Reply<C extends Channel> = Result<Output<C>>;

/** The transport-independent face the renderer talks to (Electron bridge, WebSocket, test mock). */
export interface Api {
  invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Reply<C>>;
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void;
}

/** The window-level bridge the preload exposes. */
export const BRIDGE_KEY = 'worktray';
