import { AppError, validationError } from '../../../../shared/errors.js';
import type { NewTask, Task, TaskPatch, TimeEntry, Timer, WorkityItem } from '../../../../shared/model.js';
import type {
  FileContent,
  Comment,
  NewTimeEntry,
  ProviderContext,
  ProviderSession,
  PullRange,
  PullSink,
  UpdateOutcome,
  VerifyResult,
} from '../types.js';
import { WorksectionApi, type CostFields, type CostFilter } from './api.js';
import type { WorksectionClient } from './client.js';
import type { Target } from './hash.js';
import { costTime, flattenTasks, inputDate, toComment, toCostEntry, toTask, type MapContext, type Me } from './mapping.js';
import * as files from './files.js';
import { pullAll } from './pull.js';
import type { WireTask, WireUser } from './schema.js';
import { addedStamp, entryDay } from './dates.js';
import { deleteCost, editCost, findCost } from './costEntries.js';
import { tagDelta, updateParams } from './update.js';

function targetOf(task: Task): Target {
  if (!task.remoteId) throw validationError('task', 'this task has not reached Worksection yet', 'worksection');
  return { project: task.projectRemoteId, task: task.remoteId, parent: task.parentRemoteId };
}

function isAddedSince(dateAdded: unknown, floor: string): boolean {
  return typeof dateAdded !== 'string' || dateAdded >= floor;
}

function setting(ctx: ProviderContext, name: string): string | null {
  const value = ctx.account.settings[name];
  return typeof value === 'string' && value ? value : null;
}

/** A live Worksection account. Beyond ProviderSession it offers costs, tags, search and files. */
export class WorksectionSession implements ProviderSession {
  readonly api: WorksectionApi;
  private me: Me | null = null;

  constructor(
    private readonly ctx: ProviderContext,
    client: WorksectionClient,
  ) {
    this.api = new WorksectionApi(client);
    const email = setting(ctx, 'userEmail');
    const id = setting(ctx, 'userRemoteId');
    if (email || id) this.me = { id, email };
  }

  /** Finds the hash form the server accepts (the client tries both) and who "me" is. */
  async verify(): Promise<VerifyResult> {
    const users = await this.api.users();
    const me = this.pickMe(users);
    this.me = { id: me?.id ?? null, email: me?.email ?? null };
    const settings = { hashMode: this.api.client.hashMode, userEmail: this.me.email, userRemoteId: this.me.id };
    this.ctx.saveSettings(settings);
    return {
      userRemoteId: this.me.id,
      userName: me ? (me.name ?? `${me.first_name ?? ''} ${me.last_name ?? ''}`.trim()) : null,
      settings,
    };
  }

  /**
   * An admin API key belongs to the account owner (only the owner can see it),
   * so "me" is the owner unless the user named another member by e-mail.
   */
  private pickMe(users: WireUser[]): WireUser | null {
    const email = setting(this.ctx, 'email') ?? setting(this.ctx, 'userEmail');
    if (email) {
      const found = users.find((u) => u.email?.toLowerCase() === email.toLowerCase());
      if (!found) throw validationError('email', `no member of this Worksection account has the e-mail ${email}`, 'worksection');
      return found;
    }
    return users.find((u) => u.role === 'Owner') ?? null;
  }

  private async mapContext(): Promise<MapContext> {
    if (!this.me) {
      const owner = (await this.api.users()).find((u) => u.role === 'Owner');
      this.me = { id: owner?.id ?? null, email: owner?.email ?? null };
    }
    return { accountId: this.ctx.account.id, me: this.me };
  }

  async pull(sink: PullSink, range: PullRange): Promise<void> {
    await pullAll(this.api, await this.mapContext(), sink, range, this.ctx.log);
  }

  async createTask(input: NewTask): Promise<Task> {
    if (!input.title.trim()) throw validationError('title', 'a task needs a title', 'worksection');
    if ((input.assignees?.length ?? 0) > 1)
      throw validationError('assignee', 'Worksection tasks have one assignee', 'worksection');
    const wire = await this.api.postTask(input.projectRemoteId, input.parentRemoteId ?? null, {
      title: input.title,
      text: input.details || null,
      dateend: input.dueDate ? inputDate(input.dueDate) : null,
      email_user_to: input.assignees?.[0] ?? null,
      priority: input.priority == null ? null : String(input.priority),
    });
    return toTask(await this.mapContext(), wire, input.projectRemoteId, input.parentRemoteId ?? null);
  }

  /**
   * A task with this title under the same parent, added since `since`.
   * date_added has minute precision and no zone; it is the user's wall clock,
   * as every zone-less Worksection time is read.
   */
  async findCreatedTask(input: NewTask, since: Date): Promise<Task | null> {
    const ctx = await this.mapContext();
    const tasks = flattenTasks(ctx, await this.api.tasks(input.projectRemoteId), input.projectRemoteId);
    const floor = addedStamp(since);
    const matches = tasks.filter(
      (t) =>
        t.title === input.title && t.parentRemoteId === (input.parentRemoteId ?? null) && isAddedSince(t.extras.dateAdded, floor),
    );
    return matches.sort((a, b) => Number(b.remoteId) - Number(a.remoteId))[0] ?? null;
  }

  async getTask(projectRemoteId: string, remoteId: string): Promise<Task | null> {
    return this.fetchTask({ project: projectRemoteId, task: remoteId });
  }

  private async fetchTask(target: Target): Promise<Task | null> {
    let wire: WireTask;
    try {
      wire = await this.api.task(target);
    } catch (error) {
      if (error instanceof AppError && error.code === 'not-found') return null;
      throw error;
    }
    return toTask(await this.mapContext(), wire, target.project ?? '', target.parent ?? null);
  }

  /**
   * Writes the patch onto the task (see ProviderSession.updateTask): update_task for the plain
   * fields, update_task_tags for the tag difference from `task`, complete/reopen for the status.
   * None of these calls returns the task, so it is read back once after writing.
   */
  async updateTask(task: Task, patch: TaskPatch): Promise<UpdateOutcome> {
    const target = targetOf(task);
    const params = updateParams(patch);
    if (Object.keys(params).length > 0) await this.api.updateTask(target, params);
    if (patch.tags) {
      const { plus, minus } = tagDelta(task.tags, patch.tags);
      if (plus.length + minus.length > 0) await this.api.updateTaskTags(target, plus, minus);
    }
    if (patch.status === 'done' && task.status !== 'done') await this.api.completeTask(target);
    if (patch.status === 'open' && task.status !== 'open') await this.api.reopenTask(target);
    const saved = await this.fetchTask(target);
    if (!saved) throw new AppError('not-found', 'This task no longer exists in Worksection', { provider: 'worksection' });
    return { kind: 'saved', task: saved };
  }

  async listFiles(scope: { projectRemoteId: string; task: Task | null }): Promise<WorkityItem[]> {
    return files.listFiles(this.api, this.ctx.account.id, scope);
  }

  async downloadFile(file: WorkityItem): Promise<FileContent> {
    return files.downloadFile(this.api, file);
  }

  async listComments(task: Task): Promise<Comment[]> {
    return (await this.api.comments(targetOf(task))).map(toComment);
  }

  async addComment(task: Task, text: string): Promise<Comment> {
    if (!text.trim()) throw validationError('text', 'a comment needs text', 'worksection');
    return toComment(await this.api.postComment(targetOf(task), text, (await this.mapContext()).me.email));
  }

  /** Worksection records time as costs: add_costs with H:MM on the task, dated by the entry's start. */
  async logTime(entry: NewTimeEntry): Promise<TimeEntry> {
    if (!entry.taskRemoteId) throw validationError('task', 'Worksection books time on a task; pick one', 'worksection');
    const minutes = Math.round((Date.parse(entry.end) - Date.parse(entry.start)) / 60_000);
    if (!Number.isFinite(minutes) || minutes <= 0)
      throw validationError('end', 'the end must come after the start', 'worksection');
    const date = entryDay(entry.start);
    const id = await this.addCost(
      { project: entry.projectRemoteId, task: entry.taskRemoteId },
      { time: costTime(minutes), comment: entry.note, date: inputDate(date) },
    );
    return toCostEntry(this.ctx.account.id, {
      id,
      comment: entry.note,
      time: costTime(minutes),
      date,
      task: { id: entry.taskRemoteId, project: { id: entry.projectRemoteId } },
    });
  }

  findLoggedTime(entry: NewTimeEntry): Promise<TimeEntry | null> {
    return findCost(this, entry);
  }

  editTime(before: TimeEntry, entry: NewTimeEntry): Promise<TimeEntry> {
    return editCost(this, before, entry);
  }

  deleteTime(entry: TimeEntry): Promise<void> {
    return deleteCost(this, entry);
  }

  /** add_costs with an admin key needs the member the cost is booked for: "me". */
  async addCost(target: Target, fields: CostFields): Promise<string> {
    const email = (await this.mapContext()).me.email;
    if (!email)
      throw validationError('email', 'set the e-mail of the member to book costs for (accounts add --email)', 'worksection');
    return this.api.addCost(target, email, fields);
  }

  updateCost(costId: string, fields: CostFields): Promise<void> {
    return this.api.updateCost(costId, fields);
  }

  deleteCost(costId: string): Promise<void> {
    return this.api.deleteCost(costId);
  }

  async listCosts(filter: CostFilter): Promise<TimeEntry[]> {
    return (await this.api.costs(filter)).rows.map((row) => toCostEntry(this.ctx.account.id, row));
  }

  async stopTimer(timer: Timer): Promise<void> {
    await this.api.stopTimer(timer.remoteId);
  }

  /** Adds and removes task tags (statuses and labels) by name. */
  async setTaskTags(task: Task, plus: string[], minus: string[]): Promise<void> {
    await this.api.updateTaskTags(targetOf(task), plus, minus);
  }

  async close(): Promise<void> {
    // Nothing is held on the server: every request carries its own signature.
  }
}
