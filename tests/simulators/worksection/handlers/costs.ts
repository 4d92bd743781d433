import { newId, type SimCost } from '../data.js';
import { dateTime, elapsed, formatMinutes, formatMoney, isoDate, parseCostTime, parseInputDate } from '../format.js';
import {
  findProject,
  findTask,
  param,
  required,
  SimError,
  taskOf,
  userByEmail,
  userRef,
  type Handler,
  type SimRequest,
} from '../request.js';
import { projectRef, serializeCost, taskPage } from '../serialize.js';

function dateParam(req: SimRequest, name: string): string | null {
  const value = param(req, name);
  if (value === null) return null;
  const parsed = parseInputDate(value);
  if (!parsed) throw new SimError(11, 'Invalid date', name);
  return parsed;
}

/** get_costs' `filter`: id/project with =, comment with = or has, dateadd with a comparison; joined by `and`. */
function costFilter(text: string | null): (cost: SimCost, projectId: string) => boolean {
  if (!text) return () => true;
  const parts = text.split(/\s+and\s+/).map((part) => {
    const match = /^\s*(id|project|comment|dateadd)\s*(>=|<=|!=|=|>|<|has)\s*'?([^']*)'?\s*$/.exec(part);
    if (!match) throw new SimError(11, 'Invalid filter', part);
    const [, field, op, value] = match as unknown as [string, string, string, string];
    if (field === 'comment')
      return (c: SimCost) => (op === 'has' ? c.comment.toLowerCase().includes(value.toLowerCase()) : c.comment === value);
    if (field === 'id') return (c: SimCost) => c.id === value;
    if (field === 'project') return (c: SimCost, projectId: string) => projectId === value;
    const date = parseInputDate(value);
    if (!date) throw new SimError(11, 'Invalid filter', part);
    const compare: Record<string, (a: string) => boolean> = {
      '=': (a) => a === date,
      '!=': (a) => a !== date,
      '>': (a) => a > date,
      '<': (a) => a < date,
      '>=': (a) => a >= date,
      '<=': (a) => a <= date,
    };
    return (c: SimCost) => compare[op]?.(c.date) ?? false;
  });
  return (cost, projectId) => parts.every((p) => p(cost, projectId));
}

function selectCosts(req: SimRequest): SimCost[] {
  const task = findTask(req, true);
  const project = task ? null : findProject(req, true);
  const from = dateParam(req, 'datestart');
  const to = dateParam(req, 'dateend');
  const isTimer = param(req, 'is_timer');
  const filter = costFilter(param(req, 'filter'));
  return req.state.costs.filter((c) => {
    const owner = req.state.tasks.find((t) => t.id === c.taskId);
    const projectId = owner?.projectId ?? '';
    return (
      (!task || c.taskId === task.id || owner?.parentId === task.id) &&
      (!project || projectId === project.id) &&
      (!from || c.date >= from) &&
      (!to || c.date <= to) &&
      (isTimer === null || c.isTimer === (isTimer === '1')) &&
      filter(c, projectId)
    );
  });
}

function total(costs: SimCost[]): { time: string; money: string } {
  return {
    time: formatMinutes(costs.reduce((s, c) => s + c.minutes, 0)),
    money: formatMoney(costs.reduce((s, c) => s + c.money, 0)),
  };
}

const getCosts: Handler = (req) => {
  const costs = selectCosts(req);
  return { data: costs.map((c) => serializeCost(req.state, c)), total: total(costs) };
};

const getCostsTotal: Handler = (req) => {
  const costs = selectCosts(req);
  if (param(req, 'extra') === null) return { total: total(costs) };
  const byProject = new Map<string, SimCost[]>();
  for (const cost of costs) {
    const projectId = req.state.tasks.find((t) => t.id === cost.taskId)?.projectId ?? '';
    byProject.set(projectId, [...(byProject.get(projectId) ?? []), cost]);
  }
  const projects = [...byProject].map(([id, list]) => ({ ...projectRef(req.state, id), ...total(list), monthly: [], tasks: [] }));
  return { total: total(costs), projects };
};

/** time ("0.15", "0,15", "0:09") and money; is_rate=1 prices the time at the user's rate. */
function applyAmounts(req: SimRequest, cost: SimCost, rate: number): void {
  const time = param(req, 'time');
  if (time !== null) {
    const minutes = parseCostTime(time);
    if (minutes === null) throw new SimError(11, 'Time is invalid', time);
    cost.minutes = minutes;
  }
  const money = param(req, 'money');
  if (money !== null) cost.money = Number(money.replace(',', '.'));
  if (param(req, 'is_rate') === '1') cost.money = Math.round((cost.minutes / 60) * rate * 100) / 100;
  const comment = param(req, 'comment');
  if (comment !== null) cost.comment = comment;
  const date = dateParam(req, 'date');
  if (date !== null) cost.date = date;
}

const addCosts: Handler = (req) => {
  const task = taskOf(req);
  if (param(req, 'time') === null && param(req, 'money') === null)
    throw new SimError(10, 'At least one of fields required', 'time,money');
  const user = userByEmail(req.state, required(req, 'email_user_from'));
  const cost: SimCost = {
    id: newId(req.state),
    taskId: task.id,
    userId: user.id,
    comment: '',
    minutes: 0,
    money: 0,
    date: isoDate(req.now),
    isTimer: false,
  };
  applyAmounts(req, cost, 'rate' in user ? user.rate : 0);
  req.state.costs.push(cost);
  return { id: Number(cost.id) };
};

function costOf(req: SimRequest): SimCost {
  const id = required(req, 'id_costs');
  const cost = req.state.costs.find((c) => c.id === id);
  if (!cost) throw new SimError(11, 'Costs are invalid', id);
  return cost;
}

const updateCosts: Handler = (req) => {
  const cost = costOf(req);
  const user = req.state.users.find((u) => u.id === cost.userId);
  applyAmounts(req, cost, user?.rate ?? 0);
  return {};
};

const deleteCosts: Handler = (req) => {
  const cost = costOf(req);
  req.state.costs = req.state.costs.filter((c) => c !== cost);
  return {};
};

const getTimers: Handler = (req) => ({
  data: req.state.timers.map((timer) => {
    const task = req.state.tasks.find((t) => t.id === timer.taskId);
    return {
      id: timer.id,
      time: elapsed(timer.startedAt, req.now),
      date_started: dateTime(timer.startedAt),
      user_from: userRef(req.state, timer.userId),
      task: task ? { id: task.id, name: task.name, page: taskPage(task), project: projectRef(req.state, task.projectId) } : null,
    };
  }),
});

/** Stopping a timer turns the elapsed time into a cost row, as the web app does. */
const stopTimer: Handler = (req) => {
  const id = required(req, 'timer');
  const timer = req.state.timers.find((t) => t.id === id);
  if (!timer) throw new SimError(7, 'Timer not found');
  req.state.timers = req.state.timers.filter((t) => t !== timer);
  const minutes = Math.max(1, Math.round((req.now.getTime() - timer.startedAt.getTime()) / 60_000));
  req.state.costs.push({
    id: newId(req.state),
    taskId: timer.taskId,
    userId: timer.userId,
    comment: '',
    minutes,
    money: 0,
    date: isoDate(req.now),
    isTimer: true,
  });
  return {};
};

export const costHandlers: Record<string, Handler> = {
  get_costs: getCosts,
  get_costs_total: getCostsTotal,
  add_costs: addCosts,
  update_costs: updateCosts,
  delete_costs: deleteCosts,
  get_timers: getTimers,
  stop_timer: stopTimer,
};
