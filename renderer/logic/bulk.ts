import { PROVIDER_NAMES, type Capabilities, type ProviderId, type Task, type TaskPatch } from '../../shared/model.js';

/** What the bulk bar can do to every selected task. */
export type BulkAction =
  | { kind: 'complete' }
  | { kind: 'reopen' }
  | { kind: 'due'; date: string | null }
  | { kind: 'assign'; people: string[] }
  | { kind: 'delete' };

type Capability = Exclude<keyof Capabilities, 'notes'>;

const NEEDS: Record<BulkAction['kind'], Capability> = {
  complete: 'statusChanges',
  reopen: 'statusChanges',
  due: 'dueDates',
  assign: 'assignees',
  delete: 'deleteTasks',
};

/** The edit a bulk action makes to one task, or null for a delete (its own channel). */
export function patchFor(action: BulkAction): TaskPatch | null {
  switch (action.kind) {
    case 'complete':
      return { status: 'done' };
    case 'reopen':
      return { status: 'open' };
    case 'due':
      return { dueDate: action.date };
    case 'assign':
      return { assignees: action.people };
    case 'delete':
      return null;
  }
}

/** The patch that puts a task back as it was before `action` (for the batch undo); null when an edit can't. */
export function reversePatch(action: BulkAction, before: Task): TaskPatch | null {
  switch (action.kind) {
    case 'complete':
    case 'reopen':
      return { status: before.status };
    case 'due':
      return { dueDate: before.dueDate };
    case 'assign':
      return { assignees: before.assignees };
    case 'delete':
      return null;
  }
}

/** Whether a task's service can take the action at all, and if not the service's own reason. */
export function refusalBefore(action: BulkAction, task: Task, caps: Capabilities | undefined): string | null {
  if (!caps) return null;
  const need = NEEDS[action.kind];
  if (caps[need]) return null;
  return caps.notes[need] ?? `${PROVIDER_NAMES[task.provider]} does not allow this.`;
}

/** One service's refusals in a batch, with the reason each gave. */
export interface BulkRefusal {
  provider: ProviderId;
  count: number;
  reasons: string[];
}

export interface BulkSummary {
  action: BulkAction['kind'];
  queued: number;
  refused: BulkRefusal[];
  /** The summary of an undo: the tasks were put back, not changed. */
  undone?: boolean;
}

/** Folds per-task outcomes into "3 queued; Worksection refused 2: …". */
export function summarize(action: BulkAction['kind'], outcomes: { task: Task; refusal: string | null }[]): BulkSummary {
  const refused = new Map<ProviderId, BulkRefusal>();
  let queued = 0;
  for (const { task, refusal } of outcomes) {
    if (refusal === null) {
      queued += 1;
      continue;
    }
    const entry = refused.get(task.provider) ?? { provider: task.provider, count: 0, reasons: [] };
    entry.count += 1;
    if (!entry.reasons.includes(refusal)) entry.reasons.push(refusal);
    refused.set(task.provider, entry);
  }
  return { action, queued, refused: [...refused.values()] };
}

const VERBS: Record<BulkAction['kind'], string> = {
  complete: 'completed',
  reopen: 'reopened',
  due: 'moved',
  assign: 'assigned',
  delete: 'deleted',
};

export function describeSummary(summary: BulkSummary): string[] {
  const plural = (n: number) => `${n} task${n === 1 ? '' : 's'}`;
  const verb = summary.undone ? 'put back as they were' : VERBS[summary.action];
  const lines = [`${plural(summary.queued)} ${verb} (queued for their services).`];
  for (const r of summary.refused) {
    lines.push(`${PROVIDER_NAMES[r.provider]} refused ${plural(r.count)}: ${r.reasons.join(' ')}`);
  }
  return lines;
}
