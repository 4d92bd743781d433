import { describe, expect, it } from 'vitest';
import { AddTaskSchema, TaskQuerySchema } from '../../../shared/contract.js';
import { TaskPatchSchema } from '../../../shared/model.js';

/* The contract is the last guard for a host that skips the CLI's parser: an impossible day never reaches a service. */
const add = (dueDate: string) => AddTaskSchema.safeParse({ accountId: 'a', projectRemoteId: 'p', title: 't', dueDate });

describe('contract dates', () => {
  it('accepts real calendar days', () => {
    expect(add('2028-02-29').success).toBe(true);
    expect(TaskPatchSchema.safeParse({ dueDate: '2026-12-31' }).success).toBe(true);
    expect(TaskPatchSchema.safeParse({ dueDate: null }).success).toBe(true);
  });

  it.each(['2026-02-30', '2026-13-45', '2027-02-29', '2026-00-01'])('refuses %s wherever a day is taken', (day) => {
    expect(add(day).success).toBe(false);
    expect(TaskPatchSchema.safeParse({ dueDate: day }).success).toBe(false);
    expect(TaskQuerySchema.safeParse({ dueBefore: day }).success).toBe(false);
  });
});
