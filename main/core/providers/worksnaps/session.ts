import { AppError } from '../../../../shared/errors.js';
import type { NewTask, Project, Task, TaskPatch, TimeEntry } from '../../../../shared/model.js';
import type { NewTimeEntry, ProviderContext, ProviderSession, PullRange, PullSink, UpdateOutcome, VerifyResult } from '../types.js';
import type { ProjectInput, WorksnapsClient } from './client.js';
import { toProject, toTask, toTimeEntry } from './mapping.js';
import { pullAll } from './pull.js';
import { checkNewTask, fetchTask, findTask, requireRemoteId, taskChange } from './tasks.js';
import type { WsTimeEntry } from './schema.js';
import { TEN_MINUTES_S } from './time.js';
import { checkOfflineTime, type TimeEntryChange } from './timeEntriesApi.js';

/** The shared session plus what only Worksnaps offers: projects and time entry edits. */
export interface WorksnapsSession extends ProviderSession {
  readonly client: WorksnapsClient;
  createProject(input: ProjectInput): Promise<Project>;
  /** Moves time entries to another task and/or sets their comment; returns the entry when there is one. */
  updateTimeEntries(projectRemoteId: string, remoteIds: string[], change: TimeEntryChange): Promise<TimeEntry | null>;
  deleteTimeEntries(projectRemoteId: string, remoteIds: string[]): Promise<void>;
}

export function createSession(ctx: ProviderContext, client: WorksnapsClient): WorksnapsSession {
  const accountId = ctx.account.id;
  const stored = ctx.account.settings.userRemoteId;
  let userId: string | null = typeof stored === 'string' && stored ? stored : null;

  const me = async (): Promise<string> => {
    if (userId) return userId;
    const user = await client.me();
    userId = user.id;
    ctx.saveSettings({ userRemoteId: user.id });
    return user.id;
  };

  return {
    client,
    async verify(): Promise<VerifyResult> {
      const user = await client.me();
      userId = user.id;
      const name = `${user.first_name} ${user.last_name}`.trim() || user.login || null;
      return { userRemoteId: user.id, userName: name, settings: { userRemoteId: user.id, login: user.login } };
    },
    async pull(sink: PullSink, range: PullRange): Promise<void> {
      await pullAll({ client, accountId, userId: await me(), log: ctx.log, now: ctx.now }, sink, range);
    },
    async createTask(input: NewTask): Promise<Task> {
      checkNewTask(input);
      const created = await client.createTask(input.projectRemoteId, { name: input.title.trim(), description: input.details });
      return toTask(accountId, input.projectRemoteId, created, [], userId);
    },
    findCreatedTask: async (input: NewTask) => findTask(client, accountId, await me(), input),
    getTask: async (projectRemoteId: string, remoteId: string) => fetchTask(client, accountId, await me(), projectRemoteId, remoteId),
    async updateTask(base: Task, patch: TaskPatch): Promise<UpdateOutcome> {
      const change = taskChange(base, patch);
      if (!change) return { kind: 'saved', task: base };
      const saved = await client.updateTask(base.projectRemoteId, requireRemoteId(base), change);
      return { kind: 'saved', task: toTask(accountId, base.projectRemoteId, saved, base.assignees, userId) };
    },
    async deleteTask(task: Task): Promise<void> {
      try {
        await client.deleteTask(task.projectRemoteId, requireRemoteId(task));
      } catch (error) {
        // Already gone is what the user wanted.
        if (!(error instanceof AppError && error.code === 'not-found')) throw error;
      }
    },
    logTime: (entry: NewTimeEntry) => logOfflineTime(client, ctx, entry, me),
    async createProject(input: ProjectInput): Promise<Project> {
      return toProject(accountId, await client.createProject(input));
    },
    async updateTimeEntries(projectRemoteId, remoteIds, change) {
      const entry = await client.time.update(projectRemoteId, remoteIds, change);
      return entry ? toTimeEntry(accountId, entry) : null;
    },
    deleteTimeEntries: (projectRemoteId, remoteIds) => client.time.delete(projectRemoteId, remoteIds),
    async close(): Promise<void> {},
  };
}

function parseInstant(value: string, field: string): number {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new AppError('validation', `${field}: "${value}" is not a date and time`, { provider: 'worksnaps', field });
  return Math.floor(ms / 1000);
}

/**
 * Offline time: the POST answers with a bare status, so the new entry is read
 * back from the user's own offline entries in that slot. Once the POST has
 * succeeded nothing may throw (the outbox would send the time twice): if the
 * read-back fails, the entry is described from what was sent.
 */
async function logOfflineTime(client: WorksnapsClient, ctx: ProviderContext, entry: NewTimeEntry, me: () => Promise<string>): Promise<TimeEntry> {
  const from = parseInstant(entry.start, 'start');
  const minutes = (parseInstant(entry.end, 'end') - from) / 60;
  checkOfflineTime({ from, minutes });
  const user = await me();
  await client.time.addOffline(entry.projectRemoteId, { from, minutes, taskId: entry.taskRemoteId, comment: entry.note });
  const sent: WsTimeEntry = {
    id: `offline-${from}-${minutes}`,
    project_id: entry.projectRemoteId,
    user_id: user,
    task_id: entry.taskRemoteId ?? '0',
    from_timestamp: from,
    duration_in_minutes: minutes,
    type: 'offline',
    user_comment: entry.note,
    task_name: '',
  };
  try {
    const listed = await client.time.listForUser(entry.projectRemoteId, user, { from, to: from + TEN_MINUTES_S }, 'offline');
    const found = listed
      .filter((e) => e.from_timestamp === from && e.duration_in_minutes === minutes && e.user_comment === entry.note)
      .sort((a, b) => Number(b.id) - Number(a.id))[0];
    if (found) return toTimeEntry(ctx.account.id, found);
    ctx.log.warn('offline time was accepted but is not listed yet');
  } catch (error) {
    ctx.log.warn('offline time was accepted; reading it back failed', { reason: error instanceof Error ? error.message : String(error) });
  }
  return toTimeEntry(ctx.account.id, sent);
}
