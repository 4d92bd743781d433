import { NO_MANAGER, type SimComment, type SimCost, type SimProject, type SimTask, type WorksectionState } from './data.js';
import { formatMinutes, formatMoney } from './format.js';
import { userRef } from './request.js';

export function projectPage(project: SimProject): string {
  return `/project/${project.id}/`;
}

/** /project/P/T/ for a task, /project/P/PARENT/T/ for subtasks and sub-subtasks. */
export function taskPage(task: SimTask): string {
  return task.parentId ? `/project/${task.projectId}/${task.parentId}/${task.id}/` : `/project/${task.projectId}/${task.id}/`;
}

function tagMap(state: WorksectionState, ids: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const id of ids) {
    const tag = state.tags.find((t) => t.id === id);
    if (tag) out[tag.id] = tag.title;
  }
  return out;
}

/** Fields without a value are left out, never null, as the vendor's examples show. */
function compact(object: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== null && v !== undefined));
}

export function serializeProject(state: WorksectionState, project: SimProject, extra: Set<string>): Record<string, unknown> {
  return compact({
    id: project.id,
    name: project.name,
    page: projectPage(project),
    status: project.status,
    company: project.company,
    user_from: userRef(state, project.userFromId),
    user_to: project.userToId === NO_MANAGER.id ? NO_MANAGER : userRef(state, project.userToId),
    text: extra.has('text') || extra.has('html') ? project.text : null,
    date_added: project.dateAdded,
    date_start: project.dateStart,
    date_end: project.dateEnd,
    options: extra.has('options') ? project.options : null,
    max_time: project.maxTime,
    max_money: project.maxMoney,
    tags: tagMap(state, project.tagIds),
    users: extra.has('users') ? project.memberIds.map((id) => userRef(state, id)) : null,
  });
}

export function projectRef(state: WorksectionState, projectId: string): Record<string, string> {
  const project = state.projects.find((p) => p.id === projectId);
  return { id: projectId, name: project?.name ?? '', page: `/project/${projectId}/` };
}

function taskRef(task: SimTask): Record<string, string> {
  return { id: task.id, name: task.name, page: taskPage(task) };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Lookups built once per reply, so a list of thousands of tasks is not quadratic. */
export interface TaskIndex {
  byId: Map<string, SimTask>;
  children: Map<string, SimTask[]>;
  comments: Map<string, SimComment[]>;
}

export function indexTasks(state: WorksectionState): TaskIndex {
  const index: TaskIndex = { byId: new Map(), children: new Map(), comments: new Map() };
  for (const task of state.tasks) {
    index.byId.set(task.id, task);
    if (task.parentId) push(index.children, task.parentId, task);
  }
  for (const comment of state.comments) push(index.comments, comment.taskId, comment);
  return index;
}

/** A task as the API shows it; with extra=subtasks its children (two levels) under `child`. */
export function serializeTask(
  state: WorksectionState,
  task: SimTask,
  extra: Set<string>,
  childFilter?: (t: SimTask) => boolean,
  depth = 0,
  index: TaskIndex = indexTasks(state),
): Record<string, unknown> {
  const parent = task.parentId ? index.byId.get(task.parentId) : undefined;
  const children =
    extra.has('subtasks') && depth < 2 ? (index.children.get(task.id) ?? []).filter((t) => childFilter?.(t) ?? true) : [];
  const comments = index.comments.get(task.id) ?? [];
  return compact({
    id: task.id,
    name: task.name,
    page: taskPage(task),
    status: task.status,
    priority: task.priority,
    user_from: userRef(state, task.userFromId),
    user_to: userRef(state, task.userToId),
    project: projectRef(state, task.projectId),
    parent: parent ? taskRef(parent) : null,
    text: extra.has('text') || extra.has('html') ? task.text : null,
    date_added: task.dateAdded,
    date_start: task.dateStart,
    date_end: task.dateEnd,
    date_closed: task.dateClosed,
    max_time: task.maxTime,
    max_money: task.maxMoney,
    tags: tagMap(state, task.tagIds),
    has_comments: comments.length > 0 ? 1 : 0,
    comments: extra.has('comments')
      ? comments
          .slice(-5)
          .map((c) => ({ id: c.id, text: c.text, date_added: c.dateAdded, user_from: userRef(state, c.userFromId) }))
      : null,
    files: extra.has('files')
      ? state.files
          .filter((f) => f.taskId === task.id)
          .map((f) => ({ id: f.id, page: `/download/${f.id}/`, name: f.name, size: f.content.length }))
      : null,
    relations: extra.has('relations') ? { from: [], to: [] } : null,
    subscribers: extra.has('subscribers') ? task.subscriberIds.map((id) => userRef(state, id)) : null,
    child: children.length > 0 ? children.map((c) => serializeTask(state, c, extra, childFilter, depth + 1, index)) : null,
  });
}

export function serializeCost(state: WorksectionState, cost: SimCost): Record<string, unknown> {
  const task = state.tasks.find((t) => t.id === cost.taskId);
  return {
    id: cost.id,
    comment: cost.comment,
    time: formatMinutes(cost.minutes),
    money: formatMoney(cost.money),
    date: cost.date,
    is_timer: cost.isTimer,
    user_from: userRef(state, cost.userId),
    task: task ? { ...taskRef(task), project: projectRef(state, task.projectId) } : null,
  };
}

/** Counts a reply's records, children included, for the 10,000-record cap. */
export function countRecords(items: Record<string, unknown>[]): number {
  let total = 0;
  for (const item of items) {
    total += 1;
    if (Array.isArray(item.child)) total += countRecords(item.child as Record<string, unknown>[]);
  }
  return total;
}
