import { z } from 'zod';
import {
  ProviderIdSchema,
  TaskPatchSchema,
  TaskStatusSchema,
  type NewTask,
  type Task,
  type TimeEntry,
} from '../../../shared/model.js';
import type { ConflictResolution, NewTimeEntry } from '../providers/types.js';

/*
 * What one outbox entry asks the server to do, one union member per operation.
 * A new kind of change (time entries, notes) is one more member here and one
 * more case in sync/sendEntry.ts; the compiler points at every switch that
 * has to learn it.
 */

export const NewTaskSchema = z.object({
  projectRemoteId: z.string().min(1),
  title: z.string().min(1),
  details: z.string(),
  dueDate: z.string().nullable(),
  parentRemoteId: z.string().nullable().optional(),
  assignees: z.array(z.string()).optional(),
  priority: z.number().int().nullable().optional(),
}) satisfies z.ZodType<NewTask>;

/** The task as the cache held it, kept with a delete so discarding the delete can put it back. */
export const TaskSnapshotSchema = z.object({
  key: z.string().min(1),
  provider: ProviderIdSchema,
  accountId: z.string().min(1),
  projectRemoteId: z.string(),
  remoteId: z.string().nullable(),
  parentRemoteId: z.string().nullable(),
  title: z.string(),
  details: z.string(),
  status: TaskStatusSchema,
  rawStatus: z.string().nullable(),
  priority: z.number().nullable(),
  dueDate: z.string().nullable(),
  assignees: z.array(z.string()),
  tags: z.array(z.string()),
  isMine: z.boolean(),
  revision: z.string().nullable(),
  updatedAt: z.string().nullable(),
  extras: z.record(z.string(), z.unknown()),
  pending: z.boolean(),
  conflict: z.boolean(),
}) satisfies z.ZodType<Task>;

/** Time to book, or a booked entry as it should become (times are ISO instants). */
export const NewTimeEntrySchema = z.object({
  projectRemoteId: z.string().min(1),
  taskRemoteId: z.string().nullable(),
  start: z.string().min(1),
  end: z.string().min(1),
  note: z.string(),
}) satisfies z.ZodType<NewTimeEntry>;

/** A booked entry as the cache held it, kept with a delete so discarding the delete can put it back. */
export const TimeEntrySnapshotSchema = z.object({
  key: z.string().min(1),
  accountId: z.string().min(1),
  kind: z.enum(['time', 'cost']),
  projectRemoteId: z.string().nullable(),
  taskRemoteId: z.string().nullable(),
  start: z.string().nullable(),
  end: z.string().nullable(),
  minutes: z.number(),
  note: z.string(),
}) satisfies z.ZodType<TimeEntry>;

export const ConflictResolutionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('fields'), values: z.record(z.string(), z.unknown()) }),
  z.object({ kind: z.literal('keep') }),
  z.object({ kind: z.literal('drop') }),
]) satisfies z.ZodType<ConflictResolution>;

export const OutboxChangeSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('task.create'), payload: z.object({ task: NewTaskSchema }) }),
  z.object({ op: z.literal('task.update'), payload: z.object({ patch: TaskPatchSchema }) }),
  z.object({ op: z.literal('task.delete'), payload: z.object({ task: TaskSnapshotSchema }) }),
  z.object({ op: z.literal('comment.add'), payload: z.object({ text: z.string().min(1) }) }),
  z.object({ op: z.literal('time.create'), payload: z.object({ entry: NewTimeEntrySchema }) }),
  z.object({
    op: z.literal('time.update'),
    payload: z.object({ before: TimeEntrySnapshotSchema, entry: NewTimeEntrySchema }),
  }),
  z.object({ op: z.literal('time.delete'), payload: z.object({ entry: TimeEntrySnapshotSchema }) }),
  z.object({
    op: z.literal('note.create'),
    payload: z.object({ note: z.object({ projectRemoteId: z.string().min(1), title: z.string().min(1), text: z.string() }) }),
  }),
  z.object({
    op: z.literal('note.update'),
    payload: z.object({ patch: z.object({ title: z.string().min(1).optional(), text: z.string().optional() }) }),
  }),
  z.object({
    op: z.literal('conflict.resolve'),
    payload: z.object({ conflictId: z.string().min(1), resolution: ConflictResolutionSchema }),
  }),
]);

/** One queued change: the operation and exactly the payload that operation needs. */
export type OutboxChange = z.infer<typeof OutboxChangeSchema>;
export type OutboxOp = OutboxChange['op'];
export type PayloadOf<O extends OutboxOp> = Extract<OutboxChange, { op: O }>['payload'];

/**
 * A stored row that no longer parses (hand-edited, written by a buggy build,
 * half-migrated). It is shown so the user can discard it, and never sent.
 */
export interface DamagedChange {
  op: 'damaged';
  /** The op column as stored, for the outbox list. */
  storedOp: string;
  payload: null;
}

export const DAMAGED_ENTRY_MESSAGE = "This queued change is damaged and can't be sent; discard it";

/** Reads a stored op and payload text; anything that is not exactly a known change is damaged. */
export function readChange(op: string, payloadText: string): OutboxChange | DamagedChange {
  let payload: unknown;
  try {
    payload = JSON.parse(payloadText);
  } catch {
    return { op: 'damaged', storedOp: op, payload: null };
  }
  const parsed = OutboxChangeSchema.safeParse({ op, payload });
  return parsed.success ? parsed.data : { op: 'damaged', storedOp: op, payload: null };
}
