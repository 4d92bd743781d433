import { z } from 'zod';
import { protocolError } from '../../net/http.js';

/**
 * Shapes of Workity's replies as the core's XML reader gives them (net/xml.ts):
 * every value is the wire's text, so xs:long ids keep their digits and
 * dateTime its own form (no seconds, zone optional); an empty element is "",
 * an ArrayOfX is `{ X: item }`, `{ X: [...] }` or "" when empty. Numbers and
 * booleans are also taken as such, for replies built in tests.
 */
const emptyToString = (value: unknown): unknown =>
  value === null || value === undefined || (typeof value === 'object' && Object.keys(value).length === 0) ? '' : value;

const str = z.preprocess(emptyToString, z.string());
const optionalStr = z.preprocess(
  (v) => (v === '' || (typeof v === 'object' && v !== null && Object.keys(v).length === 0) ? null : v),
  z
    .string()
    .nullish()
    .transform((v) => v ?? null),
);
const int = z.union([
  z.number().int(),
  z
    .string()
    .regex(/^-?\d+$/)
    .transform(Number),
]);
/**
 * An xs:long identification number as its decimal text. Workity ids are
 * 64-bit (seed: long), beyond the 2^53 a JS number holds exactly, so an id is
 * never a number; a number is taken only while it is still exact.
 */
const longId = z.union([
  z
    .string()
    .trim()
    .regex(/^-?\d+$/)
    .transform((v) => BigInt(v).toString()),
  z
    .number()
    .int()
    .refine((v) => Number.isSafeInteger(v))
    .transform(String),
]);
const bool = z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]);

function arrayOf<T extends z.ZodType>(element: string, schema: T) {
  return z.preprocess((value) => {
    if (value === null || value === undefined || value === '') return [];
    const inner = (value as Record<string, unknown>)[element];
    if (inner === undefined || inner === null) return [];
    return Array.isArray(inner) ? inner : [inner];
  }, z.array(schema));
}

export const PersonSchema = z.object({ PersonID: longId, Name: str });
export const PersonInfoSchema = PersonSchema.extend({ PictureURL: str.optional() });
export const KeywordSchema = z.object({ KeywordID: longId, Name: str });
export const KeywordInfoSchema = KeywordSchema.extend({ UsageCount: int.optional() });
export const ProjectSchema = z.object({ ProjectID: longId, Name: str });
export const ModificationSchema = z.object({ Person: PersonSchema, Date: str });

const itemCommon = {
  Project: ProjectSchema,
  Details: optionalStr,
  Modification: ModificationSchema,
  Persons: arrayOf('Person', PersonSchema),
  Keywords: arrayOf('Keyword', KeywordSchema),
  Revision: int,
};

export const TaskItemSchema = z.object({ TaskID: longId, Title: str, IsFinished: bool, DueDate: optionalStr, ...itemCommon });
export const NoteItemSchema = z.object({ NoteID: longId, Title: str, ...itemCommon });
export const FileItemSchema = z.object({
  FileID: longId,
  Name: str,
  ContentType: str,
  Size: int,
  Upload: ModificationSchema.optional(),
  ...itemCommon,
});
export type PersonWire = z.infer<typeof PersonSchema>;
export type PersonInfo = z.infer<typeof PersonInfoSchema>;
export type KeywordInfo = z.infer<typeof KeywordInfoSchema>;
export type ProjectInfo = z.infer<typeof ProjectSchema>;
export type TaskItem = z.infer<typeof TaskItemSchema>;
export type NoteItem = z.infer<typeof NoteItemSchema>;
export type FileItem = z.infer<typeof FileItemSchema>;

export const ItemsSchema = z.preprocess(
  (v) => v ?? {},
  z.object({
    TaskItems: arrayOf('TaskItem', TaskItemSchema),
    NoteItems: arrayOf('NoteItem', NoteItemSchema),
    FileItems: arrayOf('FileItem', FileItemSchema),
  }),
);
export type Items = z.infer<typeof ItemsSchema>;

export const UserInfoSchema = z.object({ UserID: longId, Name: str, PictureURL: str.optional(), FreeFileStorage: int });
export type UserInfo = z.infer<typeof UserInfoSchema>;
export const FileContentSchema = z.object({ Name: str, ContentType: str, Bytes: str });
export const ProjectListSchema = arrayOf('ProjectInfo', ProjectSchema);
export const PersonInfoListSchema = arrayOf('PersonInfo', PersonInfoSchema);
export const KeywordInfoListSchema = arrayOf('KeywordInfo', KeywordInfoSchema);
export const IntSchema = int;
export const LongIdSchema = longId;
export const BoolSchema = bool;

/** Parses an `<OpResult>` value; anything else is a `protocol` error with a short excerpt, never a crash. */
export function parseResult<T extends z.ZodType>(schema: T, value: unknown, op: string): z.output<T> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw protocolError('workity', `an unexpected ${op} reply`, value);
  return parsed.data;
}

/** Orders two decimal ids as the numbers they are (string order would put 999 after 1000). */
export function compareIds(a: string, b: string): number {
  const d = BigInt(a) - BigInt(b);
  return d === 0n ? 0 : d < 0n ? -1 : 1;
}
