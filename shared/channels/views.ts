import type { ErrorPayload } from '../errors.js';
import type { ProviderId, Task, TaskStatus } from '../model.js';
import type { TASK_VIEWS } from './tasks.js';

/** What the main side answers with, beside the model's own records. */
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

/** tasks:add's answer: the change's fate, and the task as the cache now holds it, so a window can show it without asking again. */
export interface AddResult extends MutationResult {
  task: Task | null;
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
  /** What the change does, in the facts its words need (shared/messages/outboxWords.ts). */
  change: OutboxChangeFacts;
}

/** The parts of a queued change a sentence names: where it goes, which fields it sets, how long. */
export interface OutboxChangeFacts {
  /** The project a new task, note or time entry goes into. */
  projectRemoteId: string | null;
  /** The task fields an edit sets. */
  fields: string[];
  /** The status an edit sets. */
  status: TaskStatus | null;
  /** The due date an edit sets (null when it sets none or removes it: `fields` tells which). */
  dueDate: string | null;
  /** The length of time a time change books, changes to or deletes. */
  minutes: number | null;
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
