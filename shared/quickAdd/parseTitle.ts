import { findTitleDate, type ParseContext, type ParsedWhen } from '../dates/index.js';
import { PRIORITY_LEVELS, type PriorityLevel } from '../priority.js';
import { longestNameAt, rankByName } from './match.js';

/**
 * A quick-add title read the way Todoist reads one: "Pay rent tomorrow 5pm
 * #Marketing @Carl !2 +home" is the title "Pay rent", a due date (through the
 * one date module), a project (which picks its account), an assignee, a
 * priority (!1 urgent … !4 low) and tags. Marks count only at the start of a
 * word, so "carl@example.com", "C#" and "#42" stay words. Pure: the view shows
 * what it found as chips before anything is saved.
 */
export type PartKind = 'when' | 'project' | 'person' | 'priority' | 'tag';

export interface ProjectOption {
  accountId: string;
  remoteId: string;
  name: string;
}

export interface PersonOption {
  accountId: string;
  name: string;
  email: string | null;
}

export interface TitleContext extends ParseContext {
  projects: readonly ProjectOption[];
  people: readonly PersonOption[];
  /** The account chosen in the form, used when the title names no #project. */
  accountId: string | null;
  /** Parts the person took back (see `partKey`): their words stay in the title. */
  kept?: readonly string[];
}

interface Span {
  /** The words as typed, mark included ("#Marketing", "tomorrow 5pm"). */
  text: string;
  start: number;
  end: number;
}

export type TitlePart = Span &
  (
    | { kind: 'when'; when: ParsedWhen }
    | { kind: 'project'; query: string; project: ProjectOption | null }
    | { kind: 'person'; query: string; person: PersonOption | null }
    | { kind: 'priority'; level: PriorityLevel }
    | { kind: 'tag'; tag: string }
  );

export interface ParsedTitle {
  title: string;
  /** What was read, in the order it was typed. */
  parts: TitlePart[];
  when: ParsedWhen | null;
  project: ProjectOption | null;
  /** The account the task goes to: the #project's, else the form's. */
  accountId: string | null;
  person: PersonOption | null;
  priority: PriorityLevel | null;
  tags: string[];
}

/** How a removed part is remembered, so the same words stay words while the title is edited. */
export function partKey(part: Pick<TitlePart, 'kind' | 'text'>): string {
  return `${part.kind}:${part.text}`;
}

const MARK = /(?<=^|\s)([#@!+])/g;
const WORD = /^\p{L}[\p{L}\p{N}_'./-]*/u;
const TRAILING = /[.,;:!?'’]+$/;

function wordAt(rest: string): string | null {
  const word = WORD.exec(rest)?.[0].replace(TRAILING, '');
  return word ? word : null;
}

function readMark(text: string, at: number, context: TitleContext, accountId: () => string | null): TitlePart | null {
  const mark = text[at];
  const rest = text.slice(at + 1);
  const span = (length: number) => ({ text: text.slice(at, at + 1 + length), start: at, end: at + 1 + length });
  if (mark === '!') {
    const digit = /^[1-4](?=\s|$)/.exec(rest)?.[0];
    return digit ? { kind: 'priority', level: PRIORITY_LEVELS[Number(digit) - 1]!, ...span(1) } : null;
  }
  if (mark === '#') {
    const whole = longestNameAt(rest, context.projects);
    const query = whole?.name ?? wordAt(rest);
    if (!query) return null;
    const project = whole ?? rankByName(query, context.projects, (p) => p.accountId === context.accountId)[0] ?? null;
    return { kind: 'project', query, project, ...span(query.length) };
  }
  if (mark === '@') {
    const account = accountId();
    const people = context.people.filter((p) => account === null || p.accountId === account);
    const whole = longestNameAt(rest, people);
    const query = whole?.name ?? wordAt(rest);
    if (!query) return null;
    const person = whole ?? rankByName(query, people)[0] ?? null;
    return { kind: 'person', query, person, ...span(query.length) };
  }
  const tag = wordAt(rest);
  return tag ? { kind: 'tag', tag, ...span(tag.length) } : null;
}

/** Reads `text`; the first #project, @person and !priority count, every +tag does. */
export function parseTitle(text: string, context: TitleContext): ParsedTitle {
  const kept = new Set(context.kept ?? []);
  const parts: TitlePart[] = [];
  const first = (kind: PartKind) => parts.find((part) => part.kind === kind);
  const accountId = () => {
    const project = first('project');
    return project?.kind === 'project' && project.project ? project.project.accountId : context.accountId;
  };
  // Projects first: the project's account decides whose people an @name means.
  const marks = [...text.matchAll(MARK)].map((m) => m.index);
  const order = [...marks.filter((i) => text[i] === '#'), ...marks.filter((i) => text[i] !== '#')];
  for (const at of order) {
    if (parts.some((part) => at >= part.start && at < part.end)) continue;
    const part = readMark(text, at, context, accountId);
    if (!part || kept.has(partKey(part)) || (part.kind !== 'tag' && first(part.kind))) continue;
    parts.push(part);
  }
  // The date is looked for in what the marks left, so "#May launch" is a project, not May.
  const blanked = parts.reduce((s, p) => s.slice(0, p.start) + ' '.repeat(p.end - p.start) + s.slice(p.end), text);
  const date = findTitleDate(blanked, context);
  if (date) {
    const part: TitlePart = { kind: 'when', text: date.when.text, ...date };
    if (!kept.has(partKey(part))) parts.push(part);
  }
  parts.sort((a, b) => a.start - b.start);
  const title = parts
    .reduceRight((s, p) => `${s.slice(0, p.start)} ${s.slice(p.end)}`, text)
    .replace(/\s+/g, ' ')
    .trim();
  const pick = <K extends PartKind>(kind: K) => parts.find((p): p is Extract<TitlePart, { kind: K }> => p.kind === kind);
  return {
    title,
    parts,
    when: pick('when')?.when ?? null,
    project: pick('project')?.project ?? null,
    accountId: accountId(),
    person: pick('person')?.person ?? null,
    priority: pick('priority')?.level ?? null,
    tags: parts.flatMap((p) => (p.kind === 'tag' ? [p.tag] : [])),
  };
}

/** The #word or @word the caret is at the end of, for the type-ahead; null elsewhere. */
export function markAtCaret(text: string, caret: number): { kind: 'project' | 'person'; query: string; start: number } | null {
  const before = text.slice(0, caret);
  const match = /(?<=^|\s)([#@])([^\s#@]*)$/.exec(before);
  if (!match || (match[2] !== '' && !/^\p{L}/u.test(match[2]!))) return null;
  return { kind: match[1] === '#' ? 'project' : 'person', query: match[2]!, start: match.index };
}
