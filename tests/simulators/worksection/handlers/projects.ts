import { newId, type SimProject } from '../data.js';
import { dateTime } from '../format.js';
import {
  emailList,
  extras,
  inputDate,
  param,
  projectOf,
  required,
  SimError,
  userByEmail,
  type Handler,
  type SimRequest,
} from '../request.js';
import { projectPage, serializeProject } from '../serialize.js';
import { recordEvent } from './events.js';
import { tagIdsByNames } from './tags.js';

function numberParam(req: SimRequest, name: string): number | null | undefined {
  const value = req.params.get(name);
  if (value === null) return undefined;
  return value === '' ? null : Number(value);
}

const OPTION_NAMES = [
  'allow_close',
  'allow_give',
  'allow_term',
  'allow_limit',
  'require_term',
  'require_tag',
  'require_limit',
  'require_hidden',
  'deny_comments_edit',
  'deny_task_edit',
  'deny_task_delete',
  'time_require',
  'time_today',
  'timer_only',
];

function applyProjectFields(req: SimRequest, project: SimProject): void {
  const { state } = req;
  const title = param(req, 'title');
  if (title !== null) project.name = title;
  const manager = param(req, 'email_manager') ?? param(req, 'email_user_to');
  if (manager !== null) project.userToId = userByEmail(state, manager).id;
  const members = param(req, 'members');
  if (members !== null)
    project.memberIds = [...new Set([...project.memberIds, ...emailList(members).map((e) => userByEmail(state, e).id)])];
  const start = inputDate(req, 'datestart');
  if (start !== undefined) project.dateStart = start;
  const end = inputDate(req, 'dateend');
  if (end !== undefined) project.dateEnd = end;
  const maxTime = numberParam(req, 'max_time');
  if (maxTime !== undefined) project.maxTime = maxTime;
  const maxMoney = numberParam(req, 'max_money');
  if (maxMoney !== undefined) project.maxMoney = maxMoney;
  const tags = param(req, 'tags');
  if (tags !== null) project.tagIds = tagIdsByNames(state, 'project', tags);
  const options = OPTION_NAMES.filter((name) => param(req, `options.${name}`) !== null);
  for (const name of options) project.options[name] = Number(param(req, `options.${name}`)) ? 1 : 0;
  if (['time_require', 'time_today', 'timer_only'].filter((n) => project.options[n] === 1).length > 1) {
    throw new SimError(
      11,
      'Only one parameter (options.time_require or options.time_today or options.timer_only) can be set as 1.',
    );
  }
}

const getProjects: Handler = (req) => {
  const filter = param(req, 'filter');
  const list = req.state.projects.filter((p) => (filter ? p.status === filter : p.status !== 'archive'));
  return { data: list.map((p) => serializeProject(req.state, p, extras(req))) };
};

const getProject: Handler = (req) => ({ data: serializeProject(req.state, projectOf(req), extras(req)) });

const postProject: Handler = (req) => {
  const { state } = req;
  const title = required(req, 'title');
  const from = param(req, 'email_user_from');
  const project: SimProject = {
    id: newId(state),
    name: title,
    status: 'active',
    company: param(req, 'company') ?? '',
    userFromId: from ? userByEmail(state, from).id : state.ownerId,
    userToId: '0',
    text: param(req, 'text') ?? '',
    dateAdded: dateTime(req.now),
    dateStart: null,
    dateEnd: null,
    maxTime: null,
    maxMoney: null,
    tagIds: [],
    memberIds: [state.ownerId],
    options: {},
  };
  applyProjectFields(req, project);
  if (project.company && !state.projectGroups.some((g) => g.title === project.company)) {
    state.projectGroups.push({ id: newId(state), title: project.company, type: 'folder', client: 0 });
  }
  state.projects.push(project);
  recordEvent(req, {
    action: 'post',
    type: 'project',
    id: project.id,
    page: projectPage(project),
    projectId: project.id,
    next: { name: project.name },
    old: {},
  });
  return { data: serializeProject(state, project, extras(req)) };
};

const updateProject: Handler = (req) => {
  const project = projectOf(req);
  const old = { name: project.name };
  applyProjectFields(req, project);
  recordEvent(req, {
    action: 'update',
    type: 'project',
    id: project.id,
    page: projectPage(project),
    projectId: project.id,
    next: { name: project.name },
    old,
  });
  return { data: serializeProject(req.state, project, extras(req)) };
};

function setProjectStatus(target: 'archive' | 'active'): Handler {
  return (req) => {
    const project = projectOf(req);
    if (project.status === target)
      throw new SimError(12, target === 'archive' ? 'Project is already closed' : 'Project is already active');
    project.status = target;
    recordEvent(req, {
      action: target === 'archive' ? 'close' : 'reopen',
      type: 'project',
      id: project.id,
      page: projectPage(project),
      projectId: project.id,
      next: {},
      old: {},
    });
    return {};
  };
}

function changeMembers(add: boolean): Handler {
  return (req) => {
    const project = projectOf(req);
    const ids = emailList(required(req, 'members')).map((e) => userByEmail(req.state, e).id);
    project.memberIds = add ? [...new Set([...project.memberIds, ...ids])] : project.memberIds.filter((id) => !ids.includes(id));
    return {};
  };
}

const getProjectGroups: Handler = (req) => ({ data: req.state.projectGroups });

const addProjectGroups: Handler = (req) => {
  const group = { id: newId(req.state), title: required(req, 'title'), type: 'folder' as const, client: 0 };
  req.state.projectGroups.push(group);
  return { data: group };
};

export const projectHandlers: Record<string, Handler> = {
  get_projects: getProjects,
  get_project: getProject,
  post_project: postProject,
  update_project: updateProject,
  close_project: setProjectStatus('archive'),
  activate_project: setProjectStatus('active'),
  add_project_members: changeMembers(true),
  delete_project_members: changeMembers(false),
  get_project_groups: getProjectGroups,
  add_project_groups: addProjectGroups,
};
