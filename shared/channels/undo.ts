import { z } from 'zod';
import { TaskPatchSchema } from '../model.js';
import { id, isoDate, text } from './fields.js';
import type { MutationResult } from './views.js';

/** A task as it was before it was deleted: what re-creating it needs once the deletion reached the server. */
const DeletedTaskSchema = z
  .object({
    projectRemoteId: id,
    title: text(1024).min(1),
    details: text(65_535),
    dueDate: isoDate.nullable(),
    parentRemoteId: id.nullable(),
    assignees: z.array(text(200)).max(100),
    priority: z.number().int().nullable(),
  })
  .strict();

const NewsItemSchema = z
  .object({
    key: id,
    accountId: id,
    kind: z.enum(['project', 'task', 'note', 'file']),
    remoteId: id,
    title: text(1024),
    modifiedBy: text(200).nullable(),
    modifiedAt: text(40).nullable(),
  })
  .strict();

/**
 * What the user did, as undo needs it: an edit (complete, reopen, move to a
 * date, any field) with the values before and after, a deletion with the task
 * as it was, or "mark all read" with the news it cleared.
 */
export const UndoChangeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('task.edit'), key: id, before: TaskPatchSchema, after: TaskPatchSchema }).strict(),
  z.object({ kind: z.literal('task.delete'), key: id, accountId: id, task: DeletedTaskSchema }).strict(),
  z.object({ kind: z.literal('news.read'), accountId: id, items: z.array(NewsItemSchema).max(10_000) }).strict(),
]);
export type UndoChange = z.infer<typeof UndoChangeSchema>;

/** One undo entry: a batch (bulk actions) is undone as one. */
export const UndoSchema = z.object({ changes: z.array(UndoChangeSchema).min(1).max(1_000) }).strict();

/**
 * What became of one change's undo:
 * - `cancelled`: it was still queued, so it was dropped here and never reaches the service;
 * - `reverted`: the opposite change was sent or queued (`result` says which);
 * - `local`: put back here only (the service keeps its state; `message` says so);
 * - `impossible`: it cannot be undone (`message` says why in plain words);
 * - `failed`: the undo itself was refused (`message`).
 */
export interface UndoOutcome {
  kind: UndoChange['kind'];
  /** The task's key, or the account's id for news. */
  key: string;
  how: 'cancelled' | 'reverted' | 'local' | 'impossible' | 'failed';
  result: MutationResult | null;
  message: string | null;
}

export interface UndoReport {
  outcomes: UndoOutcome[];
}
