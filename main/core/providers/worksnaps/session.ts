import { AppError } from '../../../../shared/errors.js';
import {
  isLocalKey,
  parseKey,
  type NewTask,
  type Project,
  type Task,
  type TaskPatch,
  type TimeEntry,
} from '../../../../shared/model.js';
import type {
  NewTimeEntry,
  ProviderContext,
  ProviderSession,
  PullRange,
  PullSink,
  UpdateOutcome,
  VerifyResult,
} from '../types.js';
import type { ProjectInput, WorksnapsClient } from './client.js';
import { toProject, toTask, toTimeEntry } from './mapping.js';
import { findOfflineTime, logOfflineTime } from './offlineTime.js';
import { pullAll } from './pull.js';
import { checkNewTask, fetchTask, findTask, requireRemoteId, setAssignments, taskChange } from './tasks.js';

const sameSet = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((x) => b.includes(x));
import type { TimeEntryChange } from './timeEntriesApi.js';

/** The shared session plus what only Worksnaps offers: projects and time entry edits. */
export interface WorksnapsSession extends ProviderSession {
  readonly client: WorksnapsClient;
  createProject(input: ProjectInput): Promise<Project>;
  /** Moves time entries to another task and/or sets their comment; returns the entry when there is one. */
  updateTimeEntries(projectRemoteId: string, remoteIds: string[], change: TimeEntryChange): Promise<TimeEntry | null>;
  deleteTimeEntries(projectRemoteId: string, remoteIds: string[]): Promise<void>;
}

/** One account's connection. Methods are arrow properties so callers may pass them around unbound. */
class Session implements WorksnapsSession {
  private userId: string | null;

  constructor(
    private readonly ctx: ProviderContext,
    readonly client: WorksnapsClient,
  ) {
    const stored = ctx.account.settings.userRemoteId;
    this.userId = typeof stored === 'string' && stored ? stored : null;
  }

  private get accountId(): string {
    return this.ctx.account.id;
  }

  /** The user's id: from the account settings, else from me.xml once (and saved for next time). */
  private me = async (): Promise<string> => {
    if (this.userId) return this.userId;
    const user = await this.client.me();
    this.userId = user.id;
    this.ctx.saveSettings({ userRemoteId: user.id });
    return user.id;
  };

  verify = async (): Promise<VerifyResult> => {
    const user = await this.client.me();
    this.userId = user.id;
    const name = `${user.first_name} ${user.last_name}`.trim() || user.login || null;
    return { userRemoteId: user.id, userName: name, settings: { userRemoteId: user.id, login: user.login } };
  };

  pull = async (sink: PullSink, range: PullRange): Promise<void> => {
    const { client, accountId, ctx } = this;
    await pullAll({ client, accountId, userId: await this.me(), log: ctx.log, now: ctx.now }, sink, range);
  };

  createTask = async (input: NewTask): Promise<Task> => {
    checkNewTask(input);
    const created = await this.client.createTask(input.projectRemoteId, { name: input.title.trim(), description: input.details });
    const assignees = input.assignees ?? [];
    if (assignees.length > 0) await setAssignments(this.client, input.projectRemoteId, created.id, assignees);
    return toTask(this.accountId, input.projectRemoteId, created, assignees, this.userId);
  };

  findCreatedTask = async (input: NewTask): Promise<Task | null> => findTask(this.client, this.accountId, await this.me(), input);

  getTask = async (projectRemoteId: string, remoteId: string): Promise<Task | null> =>
    fetchTask(this.client, this.accountId, await this.me(), projectRemoteId, remoteId);

  updateTask = async (base: Task, patch: TaskPatch): Promise<UpdateOutcome> => {
    const change = taskChange(base, patch);
    const people = patch.assignees !== undefined && !sameSet(patch.assignees, base.assignees) ? patch.assignees : null;
    if (!change && !people) return { kind: 'saved', task: base };
    const taskId = requireRemoteId(base);
    const saved = change ? await this.client.updateTask(base.projectRemoteId, taskId, change) : null;
    if (people) await setAssignments(this.client, base.projectRemoteId, taskId, people);
    const assignees = people ?? base.assignees;
    const task = saved ? toTask(this.accountId, base.projectRemoteId, saved, assignees, this.userId) : base;
    return { kind: 'saved', task: { ...task, assignees, isMine: this.userId !== null && assignees.includes(this.userId) } };
  };

  deleteTask = async (task: Task): Promise<void> => {
    try {
      await this.client.deleteTask(task.projectRemoteId, requireRemoteId(task));
    } catch (error) {
      // Already gone is what the user wanted.
      if (!(error instanceof AppError && error.code === 'not-found')) throw error;
    }
  };

  logTime = (entry: NewTimeEntry): Promise<TimeEntry> => logOfflineTime(this.client, this.ctx, entry, this.me);

  findLoggedTime = (entry: NewTimeEntry): Promise<TimeEntry | null> => findOfflineTime(this.client, this.ctx, entry, this.me);

  /** Only the comment is rewritten: the rules (checkWorksnapsTime) refused any other change before it was queued. */
  editTime = async (before: TimeEntry, entry: NewTimeEntry): Promise<TimeEntry> => {
    const saved = await this.updateTimeEntries(entry.projectRemoteId, [timeRemoteId(before)], { comment: entry.note });
    return saved ?? { ...before, note: entry.note };
  };

  deleteTime = async (entry: TimeEntry): Promise<void> => {
    if (!entry.projectRemoteId) throw new AppError('not-found', 'This time entry has no project', { provider: 'worksnaps' });
    await this.deleteTimeEntries(entry.projectRemoteId, [timeRemoteId(entry)]);
  };

  createProject = async (input: ProjectInput): Promise<Project> =>
    toProject(this.accountId, await this.client.createProject(input));

  updateTimeEntries = async (
    projectRemoteId: string,
    remoteIds: string[],
    change: TimeEntryChange,
  ): Promise<TimeEntry | null> => {
    const entry = await this.client.time.update(projectRemoteId, remoteIds, change);
    return entry ? toTimeEntry(this.accountId, entry) : null;
  };

  deleteTimeEntries = (projectRemoteId: string, remoteIds: string[]): Promise<void> =>
    this.client.time.delete(projectRemoteId, remoteIds);

  close = async (): Promise<void> => {};
}

function timeRemoteId(entry: TimeEntry): string {
  const remoteId = parseKey(entry.key)?.remoteId;
  if (!remoteId || isLocalKey(entry.key))
    throw new AppError('not-found', 'This time entry has no server id yet', { provider: 'worksnaps' });
  return remoteId;
}

export function createSession(ctx: ProviderContext, client: WorksnapsClient): WorksnapsSession {
  return new Session(ctx, client);
}
