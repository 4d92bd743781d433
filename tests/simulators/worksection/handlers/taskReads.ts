import type { SimTask, WorksectionState } from '../data.js';
import { extras, param, projectOf, SimError, taskOf, type Handler, type SimRequest } from '../request.js';
import { countRecords, indexTasks, serializeTask } from '../serialize.js';

export function capped(state: WorksectionState, items: Record<string, unknown>[]): Record<string, unknown>[] {
  if (countRecords(items) > state.recordCap) throw new SimError(null, `Too many tasks (${state.recordCap} max)`);
  return items;
}

function activeOnly(req: SimRequest): boolean {
  return param(req, 'filter') === 'active' || param(req, 'status') === 'active';
}

function listTopLevel(req: SimRequest, tasks: SimTask[]): Record<string, unknown> {
  const onlyActive = activeOnly(req);
  const keep = (t: SimTask): boolean => !onlyActive || t.status === 'active';
  const list = tasks.filter((t) => t.parentId === null && keep(t));
  const index = indexTasks(req.state);
  const extra = extras(req);
  return {
    data: capped(
      req.state,
      list.map((t) => serializeTask(req.state, t, extra, keep, 0, index)),
    ),
  };
}

const getAllTasks: Handler = (req) => {
  const withArchive = extras(req).has('archive');
  const open = new Set(req.state.projects.filter((p) => withArchive || p.status !== 'archive').map((p) => p.id));
  return listTopLevel(
    req,
    req.state.tasks.filter((t) => open.has(t.projectId)),
  );
};

const getTasks: Handler = (req) => {
  const project = projectOf(req);
  return listTopLevel(
    req,
    req.state.tasks.filter((t) => t.projectId === project.id),
  );
};

const getTask: Handler = (req) => {
  const onlyActive = activeOnly(req);
  return { data: serializeTask(req.state, taskOf(req), extras(req), (t) => !onlyActive || t.status === 'active') };
};

export const taskReadHandlers: Record<string, Handler> = {
  get_all_tasks: getAllTasks,
  get_tasks: getTasks,
  get_task: getTask,
};
