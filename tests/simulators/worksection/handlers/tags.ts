import { newId, type SimTagGroup, type WorksectionState } from '../data.js';
import { emailList, param, projectOf, required, SimError, taskOf, type Handler, type SimRequest } from '../request.js';

type Scope = SimTagGroup['scope'];

/** Tags named (or numbered) in a comma-separated list; unknown names are a validation error. */
export function tagIdsByNames(state: WorksectionState, scope: Scope, list: string): string[] {
  return emailList(list).map((name) => {
    const tag = state.tags.find(
      (t) => (t.id === name || t.title.toLowerCase() === name.toLowerCase()) && groupOf(state, t.groupId)?.scope === scope,
    );
    if (!tag) throw new SimError(11, 'Tag is invalid', name);
    return tag.id;
  });
}

function groupOf(state: WorksectionState, id: string): SimTagGroup | undefined {
  return state.tagGroups.find((g) => g.id === id);
}

function groupJson(group: SimTagGroup): Record<string, unknown> {
  return { title: group.title, id: group.id, type: group.type, access: group.access };
}

function listTags(scope: Scope): Handler {
  return (req) => {
    const groupNames = emailList(param(req, 'group'));
    const type = param(req, 'type');
    const access = param(req, 'access');
    const tags = req.state.tags.filter((tag) => {
      const group = groupOf(req.state, tag.groupId);
      if (!group || group.scope !== scope) return false;
      if (groupNames.length && !groupNames.some((n) => n === group.id || n.toLowerCase() === group.title.toLowerCase()))
        return false;
      return (!type || group.type === type) && (!access || group.access === access);
    });
    return {
      data: tags.map((t) => ({
        title: t.title,
        id: t.id,
        group: { ...groupJson(groupOf(req.state, t.groupId)!), id_group: t.groupId },
      })),
    };
  };
}

function addTags(scope: Scope): Handler {
  return (req) => {
    const groupName = required(req, 'group');
    const group = req.state.tagGroups.find(
      (g) => g.scope === scope && (g.id === groupName || g.title.toLowerCase() === groupName.toLowerCase()),
    );
    if (!group) throw new SimError(11, 'Group is invalid', groupName);
    const created = emailList(required(req, 'title')).map((title) => ({ id: newId(req.state), title, groupId: group.id }));
    req.state.tags.push(...created);
    return { data: created.map((t) => ({ title: t.title, id: t.id })) };
  };
}

function listGroups(scope: Scope): Handler {
  return (req) => {
    const type = param(req, 'type');
    const access = param(req, 'access');
    const groups = req.state.tagGroups.filter(
      (g) => g.scope === scope && (!type || g.type === type) && (!access || g.access === access),
    );
    return { data: groups.map(groupJson) };
  };
}

function addGroups(scope: Scope): Handler {
  return (req) => {
    const type = scope === 'task' ? required(req, 'type') : 'label';
    const access = required(req, 'access');
    if (type !== 'status' && type !== 'label') throw new SimError(11, 'Type is invalid', type);
    if (access !== 'public' && access !== 'private') throw new SimError(11, 'Access is invalid', access);
    const created = emailList(required(req, 'title')).map((title): SimTagGroup => ({
      id: newId(req.state),
      title,
      scope,
      type,
      access,
    }));
    req.state.tagGroups.push(...created);
    return { data: created.map(groupJson) };
  };
}

/** plus/minus on a task or project; a status group holds one status at a time. */
function applyTagChange(req: SimRequest, scope: Scope, current: string[]): string[] {
  const plus = param(req, 'plus');
  const minus = param(req, 'minus');
  if (plus === null && minus === null) throw new SimError(10, 'At least one of fields required', 'plus,minus');
  const removed = new Set(minus ? tagIdsByNames(req.state, scope, minus) : []);
  let next = current.filter((id) => !removed.has(id));
  for (const id of plus ? tagIdsByNames(req.state, scope, plus) : []) {
    const group = groupOf(req.state, req.state.tags.find((t) => t.id === id)!.groupId)!;
    if (group.type === 'status') next = next.filter((other) => req.state.tags.find((t) => t.id === other)?.groupId !== group.id);
    if (!next.includes(id)) next.push(id);
  }
  return next;
}

const updateTaskTags: Handler = (req) => {
  const task = taskOf(req);
  task.tagIds = applyTagChange(req, 'task', task.tagIds);
  return {};
};

const updateProjectTags: Handler = (req) => {
  const project = projectOf(req);
  project.tagIds = applyTagChange(req, 'project', project.tagIds);
  return {};
};

export const tagHandlers: Record<string, Handler> = {
  get_task_tags: listTags('task'),
  add_task_tags: addTags('task'),
  update_task_tags: updateTaskTags,
  get_task_tag_groups: listGroups('task'),
  add_task_tag_groups: addGroups('task'),
  get_project_tags: listTags('project'),
  add_project_tags: addTags('project'),
  update_project_tags: updateProjectTags,
  get_project_tag_groups: listGroups('project'),
  add_project_tag_groups: addGroups('project'),
};
