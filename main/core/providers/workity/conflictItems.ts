import { compareIds, type Items } from './schema.js';
import { dueDateFromWire } from './validate.js';

/** Seed: the special keywords have the identification numbers 1 and 2 (ids are decimal text, as every xs:long). */
export const WRITE_WRITE_KEYWORD = '1';
export const DELETE_WRITE_KEYWORD = '2';

/**
 * The seed's special keywords by label. The server sets them; they are longer
 * than a user keyword may be, so the user-tag check must not apply to them.
 */
export const CONFLICT_KEYWORDS: ReadonlyMap<string, string> = new Map([
  ['!WRITE-WRITE-CONFLICT!', WRITE_WRITE_KEYWORD],
  ['!DELETE-WRITE-CONFLICT!', DELETE_WRITE_KEYWORD],
]);

/** Any Workity item reduced to what conflicts compare and resolve. */
export interface ConflictEntry {
  kind: 'task' | 'note' | 'file';
  id: string;
  projectId: string;
  title: string;
  details: string;
  status: 'open' | 'done' | null;
  dueDate: string | null;
  personIds: string[];
  keywordIds: string[];
  modifiedById: string;
  revision: number;
}

export const COMPARED_FIELDS = ['title', 'details', 'status', 'dueDate'] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

export function entriesOf(items: Items): ConflictEntry[] {
  const common = (i: Items['TaskItems'][number] | Items['NoteItems'][number] | Items['FileItems'][number]) => ({
    projectId: i.Project.ProjectID,
    details: i.Details ?? '',
    personIds: i.Persons.map((p) => p.PersonID),
    keywordIds: i.Keywords.map((k) => k.KeywordID),
    modifiedById: i.Modification.Person.PersonID,
    revision: i.Revision,
  });
  return [
    ...items.TaskItems.map((t) => ({
      ...common(t),
      kind: 'task' as const,
      id: t.TaskID,
      title: t.Title,
      status: t.IsFinished ? ('done' as const) : ('open' as const),
      dueDate: dueDateFromWire(t.DueDate),
    })),
    ...items.NoteItems.map((n) => ({
      ...common(n),
      kind: 'note' as const,
      id: n.NoteID,
      title: n.Title,
      status: null,
      dueDate: null,
    })),
    ...items.FileItems.map((f) => ({
      ...common(f),
      kind: 'file' as const,
      id: f.FileID,
      title: f.Name,
      status: null,
      dueDate: null,
    })),
  ];
}

/** A copy is a task for a task, a note for a note, and a note for a file (named after the file). */
function canCopy(original: ConflictEntry, copy: ConflictEntry): boolean {
  if (original.projectId !== copy.projectId || original.id === copy.id) return false;
  return original.kind === copy.kind || (original.kind === 'file' && copy.kind === 'note');
}

/**
 * Pairs items tagged keyword 1 into (original, copy). The server copies an
 * item without its persons, so an untagged-person item is taken for the copy;
 * among candidates the same title wins, then the nearest older original.
 */
export function pairWriteWrite(tagged: ConflictEntry[]): { original: ConflictEntry; copy: ConflictEntry }[] {
  const copies = tagged.filter((e) => e.personIds.length === 0).sort((a, b) => compareIds(a.id, b.id));
  const originals = tagged.filter((e) => e.personIds.length > 0);
  const pairs: { original: ConflictEntry; copy: ConflictEntry }[] = [];
  for (const copy of copies) {
    const candidates = originals
      .filter((o) => canCopy(o, copy) && compareIds(o.id, copy.id) < 0)
      .sort((a, b) => compareIds(b.id, a.id));
    const original = candidates.find((o) => o.title === copy.title) ?? candidates[0];
    if (!original) continue;
    originals.splice(originals.indexOf(original), 1);
    pairs.push({ original, copy });
  }
  return pairs;
}

/** The copy the server made when this user's save of `originalId` hit a conflict: the newest matching tagged item. */
export function newestCopyOf(
  original: { kind: ConflictEntry['kind']; id: string; projectId: string; title: string },
  tagged: ConflictEntry[],
): ConflictEntry | null {
  const candidates = tagged.filter((e) => canCopy(original as ConflictEntry, e)).sort((a, b) => compareIds(b.id, a.id));
  return candidates.find((e) => e.personIds.length === 0) ?? candidates[0] ?? null;
}

export function valueOf(entry: ConflictEntry, field: ComparedField): unknown {
  return entry[field];
}
