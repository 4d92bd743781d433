import { z } from 'zod';
import type { WorksectionClient, Params } from './client.js';
import type { Target } from './hash.js';
import {
  CommentSchema,
  CostSchema,
  FileSchema,
  parseField,
  ProjectSchema,
  TagSchema,
  TaskSchema,
  TimerSchema,
  TotalSchema,
  UserSchema,
  type WireComment,
  type WireCost,
  type WireFile,
  type WireProject,
  type WireTag,
  type WireTask,
  type WireTimer,
  type WireUser,
} from './schema.js';

export interface CostFilter {
  from?: string;
  to?: string;
  projectId?: string;
  taskId?: string;
}

export interface CostFields {
  time?: string;
  money?: string;
  comment?: string;
  date?: string;
  isRate?: boolean;
}

const TASK_EXTRA = 'text,subtasks';

/** One typed method per Worksection action this app uses; shapes are checked before they are returned. */
export class WorksectionApi {
  constructor(readonly client: WorksectionClient) {}

  async users(): Promise<WireUser[]> {
    return parseField(z.array(UserSchema), await this.client.read('get_users'), 'data', 'get_users');
  }

  async projects(filter?: 'active' | 'pending' | 'archive'): Promise<WireProject[]> {
    return parseField(z.array(ProjectSchema), await this.client.read('get_projects', { filter }), 'data', 'get_projects');
  }

  async tasks(projectId: string, activeOnly = false): Promise<WireTask[]> {
    const envelope = await this.client.read(
      'get_tasks',
      { filter: activeOnly ? 'active' : null, extra: TASK_EXTRA },
      { project: projectId },
    );
    return parseField(z.array(TaskSchema), envelope, 'data', 'get_tasks');
  }

  async task(target: Target): Promise<WireTask> {
    return parseField(TaskSchema, await this.client.read('get_task', { extra: 'text' }, target), 'data', 'get_task');
  }

  /** search_tasks; `filter` uses the vendor's grammar (name has 'x' and dateadd >= 'DD.MM.YYYY' …). */
  async searchTasks(params: Params, target: Target = {}): Promise<WireTask[]> {
    return parseField(z.array(TaskSchema), await this.client.read('search_tasks', params, target), 'data', 'search_tasks');
  }

  async postTask(projectId: string, parentId: string | null, params: Params): Promise<WireTask> {
    const envelope = await this.client.write('post_task', params, { project: projectId, newParent: parentId });
    return parseField(TaskSchema, envelope, 'data', 'post_task');
  }

  async updateTask(target: Target, params: Params): Promise<void> {
    await this.client.write('update_task', params, target);
  }

  async completeTask(target: Target): Promise<void> {
    await this.client.write('complete_task', {}, target);
  }

  async reopenTask(target: Target): Promise<void> {
    await this.client.write('reopen_task', {}, target);
  }

  async updateTaskTags(target: Target, plus: string[], minus: string[]): Promise<void> {
    await this.client.write('update_task_tags', { plus: plus.join(',') || null, minus: minus.join(',') || null }, target);
  }

  async taskTags(): Promise<WireTag[]> {
    return parseField(z.array(TagSchema), await this.client.read('get_task_tags'), 'data', 'get_task_tags');
  }

  async comments(target: Target): Promise<WireComment[]> {
    return parseField(z.array(CommentSchema), await this.client.read('get_comments', {}, target), 'data', 'get_comments');
  }

  async postComment(target: Target, text: string, emailFrom: string | null): Promise<WireComment> {
    const envelope = await this.client.write('post_comment', { text, email_user_from: emailFrom }, target);
    return parseField(CommentSchema, envelope, 'data', 'post_comment');
  }

  async costs(filter: CostFilter): Promise<{ rows: WireCost[]; total: z.infer<typeof TotalSchema> }> {
    const envelope = await this.client.read('get_costs', { datestart: filter.from, dateend: filter.to }, costTarget(filter));
    return {
      rows: parseField(z.array(CostSchema), envelope, 'data', 'get_costs'),
      total: parseField(TotalSchema, envelope, 'total', 'get_costs'),
    };
  }

  async costsTotal(filter: CostFilter): Promise<z.infer<typeof TotalSchema>> {
    const envelope = await this.client.read(
      'get_costs_total',
      { datestart: filter.from, dateend: filter.to },
      costTarget(filter),
    );
    return parseField(TotalSchema, envelope, 'total', 'get_costs_total');
  }

  /** add_costs answers `{"status":"ok","id":N}` at top level. */
  async addCost(target: Target, emailFrom: string, fields: CostFields): Promise<string> {
    const envelope = await this.client.write('add_costs', { ...costParams(fields), email_user_from: emailFrom }, target);
    return parseField(z.union([z.string(), z.number()]).transform(String), envelope, 'id', 'add_costs');
  }

  async updateCost(costId: string, fields: CostFields): Promise<void> {
    await this.client.write('update_costs', { id_costs: costId, ...costParams(fields) });
  }

  async deleteCost(costId: string): Promise<void> {
    await this.client.write('delete_costs', { id_costs: costId });
  }

  async timers(): Promise<WireTimer[]> {
    return parseField(z.array(TimerSchema), await this.client.read('get_timers'), 'data', 'get_timers');
  }

  async stopTimer(timerId: string): Promise<void> {
    await this.client.write('stop_timer', { timer: timerId });
  }

  async files(target: Target): Promise<WireFile[]> {
    return parseField(z.array(FileSchema), await this.client.read('get_files', {}, target), 'data', 'get_files');
  }
}

function costTarget(filter: CostFilter): Target {
  return filter.taskId
    ? { project: filter.projectId, task: filter.taskId }
    : filter.projectId
      ? { project: filter.projectId }
      : {};
}

function costParams(fields: CostFields): Params {
  return {
    time: fields.time,
    money: fields.money,
    is_rate: fields.isRate ? '1' : null,
    comment: fields.comment,
    date: fields.date,
  };
}
