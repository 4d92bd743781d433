import { AppError, toAppError, validationError } from '../../../../shared/errors.js';
import type { Conflict, Member, NewTask, Task, TaskPatch, WorkityItem } from '../../../../shared/model.js';
import type {
  ConflictResolution,
  FileContent,
  NewFile,
  NewNote,
  NoteOutcome,
  NotePatch,
  ProviderContext,
  ProviderSession,
  PullRange,
  PullSink,
  UpdateOutcome,
  VerifyResult,
} from '../types.js';
import { WorkityClient } from './client.js';
import { conflictAfterSave, conflictsInItems } from './conflicts.js';
import { resolveOnServer } from './conflictResolve.js';
import {
  fileFromWire,
  memberFromWire,
  newsFromWire,
  noteFromWire,
  projectFromWire,
  taskFromWire,
  type MapContext,
} from './mapping.js';
import * as items from './notes.js';
import { applyPeople, checkPatch } from './taskEdits.js';
import { compareIds } from './schema.js';
import { checkTitle, dueDateToWire, localDateTime } from './validate.js';
import { wireId } from './wireArgs.js';
import type { RetryOptions } from '../../net/retry.js';

/** A connected Workity account: the typed client (`api`) plus the unified-model operations the core calls. */
export class WorkitySession implements ProviderSession {
  readonly api: WorkityClient;
  private userId: string | null = null;

  constructor(
    private readonly ctx: ProviderContext,
    retry?: RetryOptions,
  ) {
    const email = typeof ctx.account.settings.email === 'string' ? ctx.account.settings.email : '';
    this.api = new WorkityClient({
      endpoint: ctx.account.baseUrl,
      email,
      password: ctx.secret,
      timeoutMs: ctx.timeoutMs,
      now: ctx.now,
      log: ctx.log,
      retry,
    });
  }

  private async mapContext(): Promise<MapContext> {
    if (this.userId === null) this.userId = (await this.api.getUserInfo()).UserID;
    return { accountId: this.ctx.account.id, userId: this.userId };
  }

  async verify(): Promise<VerifyResult> {
    return guard(async () => {
      await this.api.login();
      const user = await this.api.getUserInfo();
      this.userId = user.UserID;
      return { userRemoteId: user.UserID, userName: user.Name, settings: { userRemoteId: user.UserID } };
    });
  }

  async pull(sink: PullSink, _range: PullRange): Promise<void> {
    return guard(async () => {
      const map = await this.mapContext();
      const projects = await this.api.getUserProjects();
      sink.projects(projects.map((p) => projectFromWire(map, p)));
      const found = [];
      const team = new Map<string, Member>();
      for (const [index, project] of projects.entries()) {
        sink.progress('items', index, projects.length);
        for (const person of await this.api.getProjectTeam(project.ProjectID))
          team.set(person.PersonID, memberFromWire(map, person));
        const items = await this.api.getItemsByAdvancedSearch({ projectIds: [project.ProjectID] });
        const projectId = project.ProjectID;
        sink.tasks(
          projectId,
          items.TaskItems.map((t) => taskFromWire(map, t)),
          { index: 0, last: true },
        );
        sink.items(projectId, [
          ...items.NoteItems.map((n) => noteFromWire(map, n)),
          ...items.FileItems.map((f) => fileFromWire(map, f)),
        ]);
        found.push(...conflictsInItems(items, map.accountId, map.userId));
      }
      sink.progress('items', projects.length, projects.length);
      sink.members([...team.values()]);
      sink.news(newsFromWire(map, await this.api.getItemsByNewsSearch()));
      sink.conflicts(found);
    });
  }

  async createTask(input: NewTask): Promise<Task> {
    return guard(async () => {
      checkTitle('title', input.title);
      const id = await this.api.newTask({
        projectId: projectIdOf(input.projectRemoteId),
        title: input.title,
        details: input.details,
        dueDate: dueDateToWire(input.dueDate),
      });
      const task = await this.getTask(input.projectRemoteId, id);
      if (!task) throw new AppError('protocol', `Workity created task ${id} but does not return it`, { provider: 'workity' });
      if (!input.assignees?.length) return task;
      // NewTask takes no persons: they are added with AddPersons, as on an edit. Whoever Workity put on
      // the new task (its creator) stays: removing them could hide the task from the user who made it.
      await applyPeople(this.api, task, { assignees: [...new Set([...task.assignees, ...input.assignees])] });
      return (await this.getTask(input.projectRemoteId, id)) ?? task;
    });
  }

  async findCreatedTask(input: NewTask, since: Date): Promise<Task | null> {
    return guard(async () => {
      const map = await this.mapContext();
      const from = localDateTime(new Date(Math.floor(since.getTime() / 60_000) * 60_000 - 60_000));
      const items = await this.api.getItemsByAdvancedSearch({
        projectIds: [projectIdOf(input.projectRemoteId)],
        notes: false,
        files: false,
        modifiedSince: from,
      });
      const match = items.TaskItems.filter((t) => t.Title === input.title).sort((a, b) => compareIds(b.TaskID, a.TaskID))[0];
      return match ? taskFromWire(map, match) : null;
    });
  }

  async getTask(_projectRemoteId: string, remoteId: string): Promise<Task | null> {
    return guard(async () => {
      const map = await this.mapContext();
      const items = await this.api.getItems({ taskIds: [wireId('remoteId', remoteId)] });
      const task = items.TaskItems[0];
      return task ? taskFromWire(map, task) : null;
    });
  }

  async updateTask(base: Task, patch: TaskPatch): Promise<UpdateOutcome> {
    return guard(async () => {
      checkPatch(patch, base);
      const taskId = wireId('remoteId', base.remoteId ?? '');
      const contentChanged = (['title', 'details', 'dueDate'] as const).some(
        (f) => patch[f] !== undefined && patch[f] !== base[f],
      );
      if (contentChanged) {
        const revision = Number(base.revision);
        if (!Number.isInteger(revision))
          throw validationError('revision', 'the cached task has no Workity revision; sync first', 'workity');
        const code = await this.api.saveTask({
          projectId: projectIdOf(base.projectRemoteId),
          taskId,
          title: patch.title ?? base.title,
          details: patch.details ?? base.details,
          dueDate: dueDateToWire(patch.dueDate === undefined ? base.dueDate : patch.dueDate),
          newRevision: revision + 1,
        });
        if (code !== 0) return { kind: 'conflict', conflict: await conflictAfterSave(this.api, base, patch, code) };
      }
      if (patch.status !== undefined && patch.status !== base.status)
        await this.api.updateTaskStatus(taskId, patch.status === 'done');
      await applyPeople(this.api, base, patch);
      const saved = await this.getTask(base.projectRemoteId, taskId);
      if (!saved) throw new AppError('not-found', `Workity task ${taskId} no longer exists`, { provider: 'workity' });
      return { kind: 'saved', task: saved };
    });
  }

  async deleteTask(task: Task): Promise<void> {
    return guard(() => this.api.deleteItems({ taskIds: [wireId('remoteId', task.remoteId ?? '')] }));
  }

  async createNote(input: NewNote): Promise<WorkityItem> {
    return guard(async () =>
      items.createNote(this.api, await this.mapContext(), { ...input, projectRemoteId: projectIdOf(input.projectRemoteId) }),
    );
  }

  async findCreatedNote(input: NewNote, since: Date): Promise<WorkityItem | null> {
    return guard(async () => items.findCreatedNote(this.api, await this.mapContext(), input, since));
  }

  async getNote(remoteId: string): Promise<WorkityItem | null> {
    return guard(async () => items.getNote(this.api, await this.mapContext(), remoteId));
  }

  async updateNote(note: WorkityItem, patch: NotePatch): Promise<NoteOutcome> {
    return guard(async () => items.updateNote(this.api, await this.mapContext(), note, patch));
  }

  async uploadFile(input: NewFile): Promise<WorkityItem> {
    return guard(async () =>
      items.uploadFile(this.api, await this.mapContext(), { ...input, projectRemoteId: projectIdOf(input.projectRemoteId) }),
    );
  }

  async downloadFile(file: WorkityItem): Promise<FileContent> {
    return guard(() => items.downloadFile(this.api, file));
  }

  async resetNews(): Promise<void> {
    return guard(() => this.api.resetNews());
  }

  async resolveConflict(conflict: Conflict, resolution: ConflictResolution): Promise<void> {
    return guard(async () => {
      const map = await this.mapContext();
      await resolveOnServer(this.api, conflict, resolution, map.userId ?? '0');
    });
  }

  /** Logs out so the ticket dies now; an unreachable server is not worth an error at shutdown. */
  async close(): Promise<void> {
    try {
      await this.api.logout();
    } catch (error) {
      this.ctx.log.warn('Workity logout failed', { error: toAppError(error, 'workity').message });
    }
  }
}

/** A project's id as text: Workity ids are 64-bit, so never through Number. */
function projectIdOf(remoteId: string): string {
  if (!/^\d+$/.test(remoteId) || BigInt(remoteId) <= 0n)
    throw validationError('projectRemoteId', 'is not a Workity project id', 'workity');
  return remoteId;
}

/** Every session method throws only AppError. */
async function guard<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw toAppError(error, 'workity');
  }
}
