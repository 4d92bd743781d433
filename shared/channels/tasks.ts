import { z } from 'zod';
import { ProviderIdSchema, TaskPatchSchema } from '../model.js';
import { id, isoDate, text } from './fields.js';

/** `today` is overdue and due today; `upcoming` the next 14 days after today; `due-today` only today's date. */
export const TASK_VIEWS = ['all', 'today', 'upcoming', 'mine', 'due-today', 'overdue', 'recent', 'pending'] as const;
export const TASK_SORTS = ['updated', 'due', 'title', 'status', 'provider', 'project', 'priority'] as const;

export const TaskQuerySchema = z
  .object({
    accountId: id.optional(),
    provider: ProviderIdSchema.optional(),
    projectRemoteId: id.optional(),
    status: z.enum(['open', 'doing', 'done', 'all', 'not-done']).optional(),
    view: z.enum(TASK_VIEWS).optional(),
    search: text(200).optional(),
    assignee: text(200).optional(),
    dueBefore: isoDate.optional(),
    sort: z.enum(TASK_SORTS).optional(),
    offset: z.number().int().min(0).max(10_000_000).optional(),
    limit: z.number().int().min(1).max(100_000).optional(),
  })
  .strict();
export type TaskQuery = z.infer<typeof TaskQuerySchema>;

export const AddTaskSchema = z
  .object({
    accountId: id,
    projectRemoteId: id,
    title: text(1024).min(1),
    details: text(65_535).optional(),
    dueDate: isoDate.nullable().optional(),
    parentRemoteId: id.nullable().optional(),
    /** People by name or e-mail as `members:list` shows them; the core maps them to the service's ids. */
    assignees: z.array(text(200).min(1)).max(100).optional(),
    /** The service's own priority value (shared/priority.ts maps levels to it). */
    priority: z.number().int().nullable().optional(),
    /**
     * false: answer as soon as the task and its outbox entry are written (a
     * window shows the row at once); the push goes on behind and its outcome
     * arrives as events. Default true: wait for the server (the CLI's `add`).
     */
    wait: z.boolean().optional(),
  })
  .strict();

/**
 * The values a merge saves: an edit's fields under an edit's rules, with the
 * title and details bounded as on add. The page and `conflicts resolve
 * --merged` both send this, so both refuse the same things.
 */
export const MergedFieldsSchema = TaskPatchSchema.extend({
  title: text(1024)
    .refine((value) => value.trim().length > 0, 'the title must not be empty')
    .optional(),
  details: text(65_535).optional(),
})
  .strict()
  .refine((value) => Object.keys(value).length > 0, 'give at least one field to save');
export type MergedFields = z.infer<typeof MergedFieldsSchema>;

export const ResolveConflictSchema = z
  .object({
    id,
    keep: z.enum(['mine', 'theirs']).optional(),
    merged: MergedFieldsSchema.optional(),
    /** Delete-write conflicts: restore the item, or let the deletion stand. */
    deleteWrite: z.enum(['keep', 'drop']).optional(),
  })
  .strict()
  .refine((v) => [v.keep, v.merged, v.deleteWrite].filter((x) => x !== undefined).length === 1, {
    message: 'give exactly one of keep, merged or deleteWrite',
  });
