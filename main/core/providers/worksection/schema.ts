import { z } from 'zod';
import { protocolError } from '../../net/http.js';

/** IDs arrive as strings, a few (add_costs' id) as numbers: keep them as strings. */
const IdSchema = z.union([z.string(), z.number()]).transform(String);

export const EnvelopeSchema = z
  .object({
    status: z.enum(['ok', 'error']),
    status_code: z.union([z.number(), z.string()]).optional(),
    message: z.string().optional(),
    message_details: z.unknown().optional(),
  })
  .passthrough();
export type Envelope = z.infer<typeof EnvelopeSchema>;

export const UserRefSchema = z.object({ id: IdSchema, email: z.string().optional(), name: z.string().optional() }).passthrough();
export type UserRef = z.infer<typeof UserRefSchema>;

/** PHP sends an empty map as []: accept both. */
const TagMapSchema = z
  .union([z.record(z.string(), z.string()), z.array(z.unknown())])
  .optional()
  .transform((value) => (value && !Array.isArray(value) ? value : {}));

const RefSchema = z.object({ id: IdSchema, name: z.string().optional(), page: z.string().optional() }).passthrough();

export const ProjectSchema = z
  .object({
    id: IdSchema,
    name: z.string(),
    page: z.string().optional(),
    status: z.string().optional(),
    company: z.string().optional(),
    user_to: UserRefSchema.optional(),
    date_added: z.string().optional(),
    date_start: z.string().optional(),
    date_end: z.string().optional(),
    tags: TagMapSchema,
  })
  .passthrough();
export type WireProject = z.infer<typeof ProjectSchema>;

const TaskBaseSchema = z
  .object({
    id: IdSchema,
    name: z.string(),
    page: z.string().optional(),
    status: z.string(),
    priority: z.union([z.string(), z.number()]).optional(),
    user_from: UserRefSchema.optional(),
    user_to: UserRefSchema.optional(),
    project: RefSchema.optional(),
    parent: RefSchema.optional(),
    text: z.string().optional(),
    date_added: z.string().optional(),
    date_start: z.string().optional(),
    date_end: z.string().optional(),
    date_closed: z.string().optional(),
    max_time: z.union([z.number(), z.string()]).optional(),
    max_money: z.union([z.number(), z.string()]).optional(),
    tags: TagMapSchema,
  })
  .passthrough();

export type WireTask = z.infer<typeof TaskBaseSchema> & { child?: WireTask[] };
export const TaskSchema: z.ZodType<WireTask> = TaskBaseSchema.extend({ child: z.lazy(() => z.array(TaskSchema)).optional() });

const CostTaskSchema = RefSchema.extend({ project: RefSchema.optional() });

export const CostSchema = z
  .object({
    id: IdSchema,
    comment: z.string().optional().default(''),
    time: z.string().optional().default('0:00'),
    money: z.union([z.string(), z.number()]).optional(),
    date: z.string().optional(),
    is_timer: z.union([z.boolean(), z.number(), z.string()]).optional(),
    user_from: UserRefSchema.optional(),
    task: CostTaskSchema.nullable().optional(),
  })
  .passthrough();
export type WireCost = z.infer<typeof CostSchema>;

export const TotalSchema = z
  .object({ time: z.string(), money: z.union([z.string(), z.number()]).transform(String) })
  .passthrough();

export const TimerSchema = z
  .object({
    id: IdSchema,
    time: z.string().optional(),
    date_started: z.string().optional(),
    user_from: UserRefSchema.optional(),
    task: CostTaskSchema.nullable().optional(),
  })
  .passthrough();
export type WireTimer = z.infer<typeof TimerSchema>;

export const CommentSchema = z
  .object({
    id: IdSchema,
    text: z.string().optional().default(''),
    date_added: z.string().optional(),
    user_from: UserRefSchema.optional(),
  })
  .passthrough();
export type WireComment = z.infer<typeof CommentSchema>;

export const UserSchema = z
  .object({
    id: IdSchema,
    name: z.string().optional(),
    first_name: z.string().optional(),
    last_name: z.string().optional(),
    email: z.string().optional(),
    role: z.string().optional(),
  })
  .passthrough();
export type WireUser = z.infer<typeof UserSchema>;

export const FileSchema = z
  .object({ id: IdSchema, name: z.string(), page: z.string().optional(), size: z.number().optional() })
  .passthrough();
export type WireFile = z.infer<typeof FileSchema>;

export const TagSchema = z.object({ id: IdSchema, title: z.string() }).passthrough();
export type WireTag = z.infer<typeof TagSchema>;

/** Checks one field of a reply; a shape we do not expect is a `protocol` error with an excerpt. */
export function parseField<T>(schema: z.ZodType<T>, envelope: Envelope, field: string, action: string): T {
  const result = schema.safeParse((envelope as Record<string, unknown>)[field]);
  if (!result.success) throw protocolError('worksection', `an unexpected ${action} reply`, envelope);
  return result.data;
}
