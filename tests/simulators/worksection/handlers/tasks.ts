import { newId, type SimTask, type WorksectionState } from '../data.js';
import { dateTime } from '../format.js';
import {
  addressedAsSubtask,
  emailList,
  findTask,
  inputDate,
  param,
  projectOf,
  required,
  SimError,
  taskOf,
  userByEmail,
  type Handler,
  type SimRequest,
} from '../request.js';
import { serializeTask, taskPage } from '../serialize.js';
import { recordEvent } from './events.js';
import { tagIdsByNames } from './tags.js';

function depth(state: WorksectionState, task: SimTask): number {
  let level = 0;
  let current = task;
  while (current.parentId) {
    level += 1;
    current = state.tasks.find((t) => t.id === current.parentId)!;
  }
  return level;
}

function postParent(req: SimRequest, projectId: string): SimTask | null {
  const byPage = param(req, 'page') !== null ? findTask(req, true) : null;
  const id = param(req, 'id_parent');
  const parent = byPage ?? (id ? req.state.tasks.find((t) => t.id === id && t.projectId === projectId) : null);
  if (id && !parent) throw new SimError(5, 'Task is invalid');
  if (!parent) return null;
  if (parent.status === 'done') throw new SimError(8, 'Task is closed');
  if (depth(req.state, parent) >= 2) throw new SimError(11, 'Subtasks nest two levels deep at most', parent.id);
  return parent;
}

/** Fields post_task and update_task share. */
function applyTaskFields(req: SimRequest, task: SimTask): void {
  const { state } = req;
  const title = param(req, 'title');
  if (title !== null) task.name = title;
  const to = param(req, 'email_user_to');
  if (to !== null) task.userToId = userByEmail(state, to).id;
  const priority = param(req, 'priority');
  if (priority !== null) {
    if (!/^(10|[0-9])$/.test(priority)) throw new SimError(11, 'Priority is invalid', priority);
    task.priority = priority;
  }
  for (const [name, key] of [
    ['datestart', 'dateStart'],
    ['dateend', 'dateEnd'],
  ] as const) {
    const value = inputDate(req, name);
    if (value !== undefined) task[key] = value;
  }
  const closed = inputDate(req, 'dateclosed');
  if (closed !== undefined && task.status === 'done') task.dateClosed = closed ? `${closed} 00:00` : null;
  for (const name of ['max_time', 'max_money'] as const) {
    const value = param(req, name);
    if (value !== null) task[name === 'max_time' ? 'maxTime' : 'maxMoney'] = Number(value);
  }
  const tags = param(req, 'tags');
  if (tags !== null) task.tagIds = tagIdsByNames(state, 'task', tags);
}

function todoText(req: SimRequest): string {
  const todos = req.params.getAll('todo[]').filter(Boolean);
  return todos.map((t) => `[ ] ${t}`).join('\n');
}

const postTask: Handler = (req) => {
  const { state } = req;
  const project = projectOf(req);
  const title = required(req, 'title');
  const parent = postParent(req, project.id);
  const from = param(req, 'email_user_from');
  const task: SimTask = {
    id: newId(state),
    projectId: project.id,
    parentId: parent?.id ?? null,
    name: title,
    text: [param(req, 'text') ?? '', todoText(req)].filter(Boolean).join('\n'),
    status: 'active',
    priority: '1',
    userFromId: from ? userByEmail(state, from).id : state.ownerId,
    userToId: '1',
    dateAdded: dateTime(req.now),
    dateStart: null,
    dateEnd: null,
    dateClosed: null,
    maxTime: null,
    maxMoney: null,
    tagIds: [],
    subscriberIds: emailList(param(req, 'subscribe')).map((e) => userByEmail(state, e).id),
    hidden: param(req, 'hidden') === '1',
  };
  applyTaskFields(req, task);
  state.tasks.push(task);
  recordEvent(req, {
    action: 'post',
    type: 'task',
    id: task.id,
    page: taskPage(task),
    projectId: project.id,
    next: { name: task.name },
    old: {},
  });
  return { data: serializeTask(state, task, new Set(['text'])) };
};

const updateTask: Handler = (req) => {
  const task = taskOf(req);
  const old = { name: task.name, priority: task.priority, date_end: task.dateEnd };
  applyTaskFields(req, task);
  recordEvent(req, {
    action: 'update',
    type: 'task',
    id: task.id,
    page: taskPage(task),
    projectId: task.projectId,
    next: { name: task.name, priority: task.priority, date_end: task.dateEnd },
    old,
  });
  return { data: serializeTask(req.state, task, new Set(['text'])) };
};

const completeTask: Handler = (req) => {
  const task = taskOf(req);
  const asSub = addressedAsSubtask(req, task);
  if (task.status === 'done')
    throw asSub ? new SimError(14, 'Subtask is already closed') : new SimError(12, 'Task is already closed');
  if (req.state.tasks.some((t) => t.parentId === task.id && t.status === 'active')) {
    throw asSub ? new SimError(15, 'Subtask has children') : new SimError(13, 'Task has children');
  }
  task.status = 'done';
  task.dateClosed = dateTime(req.now);
  recordEvent(req, {
    action: 'close',
    type: 'task',
    id: task.id,
    page: taskPage(task),
    projectId: task.projectId,
    next: {},
    old: {},
  });
  return { data: serializeTask(req.state, task, new Set(['text'])) };
};

const reopenTask: Handler = (req) => {
  const task = taskOf(req);
  if (task.status === 'active') throw new SimError(12, 'Task is already active');
  const parent = req.state.tasks.find((t) => t.id === task.parentId);
  if (parent?.status === 'done') throw new SimError(14, 'Parent task is done');
  task.status = 'active';
  task.dateClosed = null;
  recordEvent(req, {
    action: 'reopen',
    type: 'task',
    id: task.id,
    page: taskPage(task),
    projectId: task.projectId,
    next: {},
    old: {},
  });
  return {};
};

export const taskHandlers: Record<string, Handler> = {
  post_task: postTask,
  update_task: updateTask,
  complete_task: completeTask,
  reopen_task: reopenTask,
};
