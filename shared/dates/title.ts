import { findDates, type ParseContext, type ParsedWhen } from './parse.js';

/**
 * Dates inside a task title ("Send invoice fri 5pm"). A title is mostly not a
 * date, so only phrases that name a day with words, a full ISO or dotted date with its year, or a time
 * of day that can't be a count ("5pm", "at 17:30", "at noon") count: "Fix 3
 * bugs", "Release 1.2", "Sprint 3/4", "Call May", "Meeting 10:30" and a lone
 * "at 5" stay part of the title. A time alone is its next coming: today, or
 * tomorrow once it has passed.
 */
const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;
const DOTTED_WITH_YEAR = /^\d{1,2}\.\d{1,2}\.\d{4}$/;
const HAS_WORD = /\p{L}{2,}/u;
const CONNECTIVE = /\s*\b(?:by|due|on)\s*$/i;
const BARE_HOUR = /^(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?$|^(?:at\s+)?(?:noon|midnight)$/i;
const CLEAR_TIME = /^at\s+(?:\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d{2}|noon|midnight)$/i;

function namesADay(when: ParsedWhen): boolean {
  const text = when.text.trim();
  if (ISO_DAY.test(text) || DOTTED_WITH_YEAR.test(text)) return true;
  if (CLEAR_TIME.test(text)) return true;
  if (!HAS_WORD.test(text)) return false;
  return !BARE_HOUR.test(text);
}

export interface TitleWithDate {
  /** The title with the date words (and a "by"/"due"/"on" before them) taken out. */
  title: string;
  when: ParsedWhen | null;
}

/** Where the date sits in a title: `start`/`end` cover the date words and a "by"/"due"/"on" before them. */
export interface TitleDateSpan {
  when: ParsedWhen;
  start: number;
  end: number;
}

/** The first date phrase in `title` as a span of its characters, or null. */
export function findTitleDate(title: string, context: ParseContext): TitleDateSpan | null {
  const when = findDates(title, context).find(namesADay);
  if (!when) return null;
  const connective = CONNECTIVE.exec(title.slice(0, when.index));
  return { when, start: connective ? connective.index : when.index, end: when.index + when.text.length };
}

export function splitTitleDate(title: string, context: ParseContext): TitleWithDate {
  const span = findTitleDate(title, context);
  if (!span) return { title: title.trim(), when: null };
  const rest = `${title.slice(0, span.start)} ${title.slice(span.end)}`;
  return { title: rest.replace(/\s+/g, ' ').trim(), when: span.when };
}
