import { z } from 'zod';
import { protocolError } from '../../net/http.js';

export const PROVIDER = 'webwork';

/** Ids are integers on the wire; numeric strings are accepted too, since nothing in the docs rules them out. */
const Id = z.coerce.number().int();
const Text = z.string().nullish();

export const PaginationSchema = z.looseObject({
  current_page: z.coerce.number().int(),
  per_page: z.coerce.number().int().nullish(),
  total: z.coerce.number().int().nullish(),
  last_page: z.coerce.number().int(),
});
export type Pagination = z.infer<typeof PaginationSchema>;

/** `{success, data, message, meta:{api_version, timestamp, pagination}}`; contracts put `pagination` at the top level instead. */
export const EnvelopeSchema = z.looseObject({
  success: z.boolean(),
  data: z.unknown().optional(),
  message: Text,
  errors: z.record(z.string(), z.union([z.array(z.string()), z.string()])).nullish(),
  meta: z.looseObject({ api_version: Text, timestamp: Text, pagination: PaginationSchema.nullish() }).nullish(),
  pagination: PaginationSchema.nullish(),
});
export type Envelope = z.infer<typeof EnvelopeSchema>;

export const WorkspaceSchema = z.looseObject({
  id: Id,
  workspace_name: Text,
  owner_id: Id.nullish(),
  user_id: Id.nullish(),
  role: Text,
  status: Text,
});
export type WwWorkspace = z.infer<typeof WorkspaceSchema>;

export const MemberSchema = z.looseObject({
  id: Id,
  email: Text,
  firstname: Text,
  lastname: Text,
  current_role: Text,
  status: Text,
});
export type WwMember = z.infer<typeof MemberSchema>;

export const ProjectSchema = z.looseObject({
  id: Id,
  name: z.string(),
  status: z.union([z.number(), z.string()]).nullish(),
  deleted_at: Text,
});
export type WwProject = z.infer<typeof ProjectSchema>;

export const AssigneeSchema = z.looseObject({
  id: Id.nullish(),
  user_id: Id.nullish(),
  firstname: Text,
  lastname: Text,
  email: Text,
});
export type WwAssignee = z.infer<typeof AssigneeSchema>;

export const TaskSchema = z.looseObject({
  id: Id,
  title: z.string(),
  description: Text,
  project_id: Id,
  status: z.coerce.number().int(),
  priority: z.coerce.number().int().nullish(),
  start_date: Text,
  end_date: Text,
  completed_at: Text,
  parent_id: Id.nullish(),
  assignees: z.array(AssigneeSchema).nullish(),
  status_name: Text,
  priority_name: Text,
  creator_id: Id.nullish(),
  created_at: Text,
  updated_at: Text,
  deleted_at: Text,
});
export type WwTask = z.infer<typeof TaskSchema>;

/** The time-entry fields are not in the stored docs; these are the ones the POST body names, all tolerated as optional. */
export const TimeEntrySchema = z.looseObject({
  id: Id,
  user_id: Id.nullish(),
  contract_id: Id.nullish(),
  project_id: Id.nullish(),
  task_id: Id.nullish(),
  date: Text,
  start_time: Text,
  end_time: Text,
  duration_minutes: z.coerce.number().nullish(),
  duration: z.coerce.number().nullish(),
  notes: Text,
  activity_description: Text,
});
export type WwTimeEntry = z.infer<typeof TimeEntrySchema>;

export const TrackerSchema = z.looseObject({
  user_id: Id.nullish(),
  start_time: z.string(),
  contract_id: Id.nullish(),
  project_id: Id.nullish(),
  project_name: Text,
  task_id: Id.nullish(),
  task_title: Text,
  activity_description: Text,
  is_running: z.boolean().nullish(),
});
export type WwTracker = z.infer<typeof TrackerSchema>;

export const ContractSchema = z.looseObject({
  id: Id,
  project_id: Id,
  user_id: Id,
  status: Text,
});
export type WwContract = z.infer<typeof ContractSchema>;

/** Checks `value` against `schema`; a mismatch is a `protocol` error with a short excerpt, never a crash. */
export function parseWire<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue ? ` (${issue.path.join('.') || 'root'}: ${issue.message})` : '';
  throw protocolError(PROVIDER, `an unexpected ${what}${where}`, value);
}

export function parseList<T>(schema: z.ZodType<T>, value: unknown, what: string): T[] {
  return parseWire(z.array(schema), value ?? [], `${what} list`);
}
