import { EDITABLE_FIELDS, type EditableField, type FieldConflict, type Task, type TaskPatch } from '../../../shared/model.js';

/** The editable fields of a settlement's values: what may be written onto a task. */
export const editableOnly = (values: Record<string, unknown>): TaskPatch =>
  Object.fromEntries(Object.entries(values).filter(([f]) => (EDITABLE_FIELDS as readonly string[]).includes(f)));

/** Field values the core compares: lists the service stores as sets are compared as sets. */
export function sameValue(a: unknown, b: unknown, asSet = false): boolean {
  if (asSet && Array.isArray(a) && Array.isArray(b)) {
    const left = new Set(a.map((x) => JSON.stringify(x)));
    const right = new Set(b.map((x) => JSON.stringify(x)));
    return left.size === right.size && [...left].every((x) => right.has(x));
  }
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/** Every field of `patch` already holds its value in `task`: a write that has landed. */
export function alreadyApplied(task: Task, patch: TaskPatch, unordered: readonly EditableField[] = []): boolean {
  return (Object.keys(patch) as EditableField[]).every((f) => sameValue(task[f], patch[f], unordered.includes(f)));
}

export interface MergeResult {
  /** What to send: my changed fields that do not collide. */
  patch: TaskPatch;
  /** Fields both sides changed to different values. */
  conflicts: Record<string, FieldConflict>;
}

/**
 * Three-way merge of an offline edit: base is what my edit started from, mine
 * is my pending version, theirs is the server's current one. Disjoint changes
 * merge; the same field changed to different values on both sides collides.
 * `unordered` names the list fields the service keeps as sets (the adapter's
 * unorderedFields), so a reordering on either side is no change.
 */
export function threeWayMerge(base: Task, mine: TaskPatch, theirs: Task, unordered: readonly EditableField[] = []): MergeResult {
  const patch: Record<string, unknown> = {};
  const conflicts: Record<string, FieldConflict> = {};
  for (const field of Object.keys(mine) as EditableField[]) {
    if (!EDITABLE_FIELDS.includes(field)) continue;
    const same = (a: unknown, b: unknown): boolean => sameValue(a, b, unordered.includes(field));
    const mineValue = mine[field];
    const baseValue = base[field];
    const theirValue = theirs[field];
    if (same(mineValue, baseValue)) continue;
    if (same(theirValue, baseValue) || same(theirValue, mineValue)) {
      if (!same(theirValue, mineValue)) patch[field] = mineValue;
      continue;
    }
    conflicts[field] = { base: baseValue, mine: mineValue, theirs: theirValue };
  }
  return { patch: patch, conflicts };
}

/** The values a settled conflict writes, per field, from the user's choice. */
export function resolvedValues(
  fields: Record<string, FieldConflict>,
  choice: { keep?: 'mine' | 'theirs'; merged?: Record<string, unknown> },
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [field, conflict] of Object.entries(fields)) {
    if (choice.merged && field in choice.merged) values[field] = choice.merged[field];
    else values[field] = choice.keep === 'theirs' ? conflict.theirs : conflict.mine;
  }
  return values;
}
