import { AppError } from '../../../../shared/errors.js';
import type { NewTask, Task, TaskPatch, TimeEntry, Timer } from '../../../../shared/model.js';
import type {
  NewTimeEntry,
  NewTimer,
  ProviderContext,
  ProviderSession,
  PullRange,
  PullSink,
  UpdateOutcome,
  VerifyResult,
} from '../types.js';
import type { WebworkClient } from './client.js';
import { resolveIdentity, toId, type Identity } from './identity.js';
import { assigneeId, patchToBody, toTask, type MapContext } from './mapping.js';
import { pullWorkspace } from './pull.js';
import { PROVIDER, type WwTask } from './schema.js';
import * as tasksApi from './tasksApi.js';
import { currentTracker, stopTracking } from './timeApi.js';
import { getMember } from './workspaceApi.js';
import { bookTime, findBookedTime, startTimer, type BookedTimeScope } from './bookedTime.js';

export interface SessionOptions {
  maxTimeDays: number;
}

const isCode = (error: unknown, code: AppError['code']): boolean => error instanceof AppError && error.code === code;

/** One WebWork account: the chosen workspace, the token's user, and the task/time operations of the adapter. */
export class WebworkSession implements ProviderSession {
  private identity: Promise<Identity> | null = null;

  constructor(
    private readonly ctx: ProviderContext,
    readonly client: WebworkClient,
    private readonly options: SessionOptions,
  ) {}

  /** Resolved once per session; a failure is not cached, so the next call tries again. */
  me(): Promise<Identity> {
    this.identity ??= resolveIdentity(this.client, this.ctx.account.settings).catch((error: unknown) => {
      this.identity = null;
      throw error;
    });
    return this.identity;
  }

  private async mapContext(): Promise<MapContext> {
    return { accountId: this.ctx.account.id, userId: (await this.me()).userId };
  }

  private async scope(projectRemoteId: string): Promise<tasksApi.TaskScope> {
    return { workspaceId: (await this.me()).workspaceId, projectId: toId(projectRemoteId, 'projectRemoteId') };
  }

  async verify(): Promise<VerifyResult> {
    this.identity = null;
    const me = await this.me();
    let userName: string | null = null;
    if (me.userId !== null) {
      const member = await getMember(this.client, me.workspaceId, me.userId).catch(() => null);
      userName = member ? [member.firstname, member.lastname].filter(Boolean).join(' ') || (member.email ?? null) : null;
    }
    const settings: Record<string, unknown> = {
      workspace: String(me.workspaceId),
      workspaceName: me.workspaceName,
      role: me.role,
    };
    if (me.userId !== null) settings.userRemoteId = String(me.userId);
    return { userRemoteId: me.userId === null ? null : String(me.userId), userName, settings };
  }

  async pull(sink: PullSink, range: PullRange): Promise<void> {
    const identity = await this.me();
    const settings = this.ctx.account.settings;
    if (settings.workspace === undefined || settings.workspace === null || settings.workspace === '') {
      this.ctx.saveSettings({ workspace: String(identity.workspaceId) });
    }
    await pullWorkspace(
      { client: this.client, identity, accountId: this.ctx.account.id, log: this.ctx.log, maxTimeDays: this.options.maxTimeDays },
      sink,
      range,
    );
  }

  async createTask(input: NewTask): Promise<Task> {
    const fields: Record<string, unknown> = {
      title: input.title,
      description: input.details === '' ? null : input.details,
      end_date: input.dueDate,
    };
    if (input.parentRemoteId) fields.parent_id = toId(input.parentRemoteId, 'parentRemoteId');
    if (input.priority != null) fields.priority = input.priority;
    const scope = await this.scope(input.projectRemoteId);
    const created = await tasksApi.createTask(this.client, scope, fields);
    if (!input.assignees?.length) return toTask(created, await this.mapContext());
    // POST /tasks documents `assignees`, but the assign calls say for certain who was taken: one way for add and edit.
    const before = (created.assignees ?? []).flatMap((a) => assigneeId(a) ?? []).map(String);
    await this.setAssignees(scope, created.id, before, input.assignees);
    return toTask(await tasksApi.getTask(this.client, scope, created.id), await this.mapContext());
  }

  /** The newest task of the project with this title created at or after `since` (to the second, as the server stamps). */
  async findCreatedTask(input: NewTask, since: Date): Promise<Task | null> {
    const floor = Math.floor(since.getTime() / 1000) * 1000;
    let best: WwTask | null = null;
    for await (const page of tasksApi.taskPages(this.client, await this.scope(input.projectRemoteId))) {
      for (const t of page.items) {
        const created = t.created_at ? Date.parse(t.created_at) : NaN;
        if (t.title !== input.title || !(created >= floor)) continue;
        if (!best || created > Date.parse(best.created_at ?? '')) best = t;
      }
    }
    return best ? toTask(best, await this.mapContext()) : null;
  }

  async getTask(projectRemoteId: string, remoteId: string): Promise<Task | null> {
    try {
      const task = await tasksApi.getTask(this.client, await this.scope(projectRemoteId), toId(remoteId, 'remoteId'));
      return toTask(task, await this.mapContext());
    } catch (error) {
      if (isCode(error, 'not-found')) return null;
      throw error;
    }
  }

  async updateTask(base: Task, patch: TaskPatch): Promise<UpdateOutcome> {
    const scope = await this.scope(base.projectRemoteId);
    const taskId = toId(base.remoteId, 'remoteId');
    const body = patchToBody(base, patch);
    let saved = Object.keys(body).length > 0 ? await tasksApi.updateTask(this.client, scope, taskId, body) : null;
    if (patch.assignees) {
      await this.setAssignees(scope, taskId, base.assignees, patch.assignees);
      saved = null;
    }
    saved ??= await tasksApi.getTask(this.client, scope, taskId);
    return { kind: 'saved', task: toTask(saved, await this.mapContext()) };
  }

  /** Assign the added users and unassign the removed ones; an unassign the server no longer knows is already done. */
  async setAssignees(scope: tasksApi.TaskScope, taskId: number, before: string[], after: string[]): Promise<void> {
    const wanted = after.map((id) => toId(id, 'assignees'));
    const had = before.map((id) => toId(id, 'assignees'));
    for (const userId of wanted.filter((id) => !had.includes(id))) await tasksApi.assign(this.client, scope, taskId, userId);
    for (const userId of had.filter((id) => !wanted.includes(id))) {
      await tasksApi.unassign(this.client, scope, taskId, userId).catch((error: unknown) => {
        if (!isCode(error, 'not-found')) throw error;
      });
    }
  }

  /** Soft delete; a task the server cannot find any more counts as deleted. */
  async deleteTask(task: Task): Promise<void> {
    try {
      await tasksApi.deleteTask(this.client, await this.scope(task.projectRemoteId), toId(task.remoteId, 'remoteId'));
    } catch (error) {
      if (!isCode(error, 'not-found')) throw error;
    }
  }

  /** The identity with the token's user, which booking time needs. */
  private async timeScope(): Promise<BookedTimeScope> {
    const me = await this.me();
    if (me.userId === null)
      throw new AppError('unsupported', 'WebWork Tracker did not say which user this token is', { provider: PROVIDER });
    return { client: this.client, me: { ...me, userId: me.userId }, accountId: this.ctx.account.id, log: this.ctx.log };
  }

  async logTime(entry: NewTimeEntry): Promise<TimeEntry> {
    return bookTime(await this.timeScope(), entry);
  }

  async findLoggedTime(entry: NewTimeEntry): Promise<TimeEntry | null> {
    return findBookedTime(await this.timeScope(), entry);
  }

  async startTimer(input: NewTimer): Promise<Timer> {
    return startTimer(await this.timeScope(), input);
  }

  /** Stops the user's tracker; one that is no longer running counts as stopped. */
  async stopTimer(timer: Timer): Promise<void> {
    const me = await this.me();
    const userId = toId(timer.remoteId, 'remoteId');
    try {
      await stopTracking(this.client, me.workspaceId, userId);
    } catch (error) {
      // Only a tracker read as "none running" excuses the refusal; if that read fails too, the refusal stands.
      const running = isCode(error, 'validation')
        ? await currentTracker(this.client, me.workspaceId, userId).catch(() => undefined)
        : undefined;
      if (running === null) return;
      throw error;
    }
  }

  async close(): Promise<void> {
    this.identity = null;
  }
}
