import { z } from 'zod';
import { protocolError } from '../../net/http.js';
import { asArray, unwrapReply, type XmlDoc } from './xml.js';

const id = z.union([z.string().regex(/^-?\d+$/), z.number().int()]).transform(String);
const text = z.string().optional().default('');
const integer = z.union([z.string().regex(/^-?\d+$/), z.number().int()]).transform(Number);

export const UserSchema = z.looseObject({
  id,
  login: text,
  first_name: text,
  last_name: text,
  email: text,
});
export type User = z.infer<typeof UserSchema>;

export const ProjectSchema = z.looseObject({ id, name: z.string(), description: text, status: text });
export type WsProject = z.infer<typeof ProjectSchema>;

export const TaskAssignmentSchema = z.looseObject({ id, project_id: id.optional(), task_id: id, user_id: id });
export type TaskAssignment = z.infer<typeof TaskAssignmentSchema>;

export const TaskSchema = z.looseObject({
  id,
  name: z.string(),
  description: text,
  // Present only with include_task_assignment=1.
  task_assignments: z.unknown().optional(),
});
export type WsTask = z.infer<typeof TaskSchema>;

export const UserAssignmentSchema = z.looseObject({ id, project_id: id, user_id: id, role: text });
export type UserAssignment = z.infer<typeof UserAssignmentSchema>;

export const TimeEntrySchema = z.looseObject({
  id,
  project_id: id,
  user_id: id,
  task_id: id.optional(),
  from_timestamp: integer,
  duration_in_minutes: integer,
  type: text,
  user_comment: text,
  task_name: text,
});
export type WsTimeEntry = z.infer<typeof TimeEntrySchema>;

/** A row of `/reports` or `/summary_reports`: the spec lists its fields, all kept as text. */
export const ReportRowSchema = z.record(z.string(), z.union([z.string(), z.number()]).transform(String));
export type ReportRow = z.infer<typeof ReportRowSchema>;

function check<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? `${issue.path.join('.') || 'element'}: ${issue.message}` : 'unexpected shape';
    throw protocolError('worksnaps', `an unexpected <${what}> (${where})`, JSON.stringify(value));
  }
  return parsed.data;
}

/** The single `<name>` element of a reply (bare or inside `<reply>`). */
export function readOne<T>(doc: XmlDoc, name: string, schema: z.ZodType<T>): T {
  const inner = unwrapReply(doc)[name];
  if (!inner || typeof inner !== 'object' || Array.isArray(inner)) {
    throw protocolError('worksnaps', `a reply without a <${name}> element`, JSON.stringify(doc));
  }
  return check(schema, inner, name);
}

/** The `<item>` children of a list reply; the root's name is not relied on (PROVIDERS.md 1.3 marks it [I]). */
export function readList<T>(doc: XmlDoc, root: string, item: string, schema: z.ZodType<T>): T[] {
  const [rootName, rootValue] = Object.entries(doc)[0] ?? [root, undefined];
  if (rootValue === undefined) throw protocolError('worksnaps', `an empty reply where <${root}> was expected`, '');
  if (rootValue !== '' && (typeof rootValue !== 'object' || Array.isArray(rootValue))) {
    throw protocolError('worksnaps', `<${rootName}> where a list of <${item}> was expected`, JSON.stringify(doc));
  }
  const items = rootValue === '' ? [] : asArray((rootValue as XmlDoc)[item]);
  return items.map((value) => check(schema, value, item));
}

/** `<reply><status>1</status></reply>`: anything but 1 is a failure the server did not explain. */
export function readStatus(doc: XmlDoc): boolean {
  const status = unwrapReply(doc).status;
  return status === undefined || status === '1' || status === 1;
}
