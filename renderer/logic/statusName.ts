import type { Task } from '../../shared/model.js';

/**
 * The service's own name for a task's state where it reports one (WebWork's
 * status_name: "Completed" kept apart from "Done", a workspace's "In Review"),
 * so a row says what the service says; null where it reports none.
 */
export function serviceStatusName(task: Pick<Task, 'extras'>): string | null {
  const name = task.extras.statusName;
  return typeof name === 'string' && name.trim() ? name.trim() : null;
}
