import type { SimState, SimTask } from '../types.js';

const STATUS_NAMES: Record<number, [string, string]> = {
  0: ['Incomplete', '#9e9e9e'],
  1: ['Backlog', '#607d8b'],
  10: ['Doing', '#2196f3'],
  11: ['In Review', '#673ab7'],
  20: ['Done', '#4caf50'],
  21: ['Verified', '#009688'],
  30: ['Completed', '#2e7d32'],
};
const PRIORITY_NAMES: Record<number, string> = { 10: 'Urgent', 20: 'High', 30: 'Normal', 40: 'Low' };

export function assigneeJson(state: SimState, task: SimTask, userId: number, assignerId: number): Record<string, unknown> {
  const user = state.users.find((u) => u.id === userId);
  return {
    id: userId,
    firstname: user?.firstname ?? null,
    lastname: user?.lastname ?? null,
    email: user?.email ?? null,
    user_id: userId,
    task_id: task.id,
    assigner_id: assignerId,
  };
}

export function taskJson(state: SimState, t: SimTask): Record<string, unknown> {
  const [statusName, statusColor] = STATUS_NAMES[t.status] ?? [`Status ${t.status}`, '#9e9e9e'];
  return {
    id: t.id,
    title: t.title,
    description: t.description,
    project_id: t.project_id,
    owner_id: t.owner_id,
    creator_id: t.creator_id,
    status: t.status,
    status_name: statusName,
    status_color: statusColor,
    priority: t.priority,
    priority_name: PRIORITY_NAMES[t.priority] ?? null,
    start_date: t.start_date,
    end_date: t.end_date,
    completed_at: t.completed_at,
    parent_id: t.parent_id,
    assignees: t.assignees.map((a) => assigneeJson(state, t, a.user_id, a.assigner_id)),
    has_details: Boolean(t.description),
    created_at: t.created_at,
    updated_at: t.updated_at,
    deleted_at: t.deleted_at,
  };
}
