import { findDates, type ParseContext, type ParsedWhen } from './parse.js';

/**
 * Dates inside a task title ("Send invoice fri 5pm"). A title is mostly not a
 * date, so only phrases that name a day with words, or a full ISO date, count:
 * "Fix 3 bugs", "Release 1.2", "Sprint 3/4", "Call May" and a lone "at 5" stay
 * part of the title.
 */
const ISO_DAY = /^\d{4}-\d{2}-\d{2}/;
const HAS_WORD = /\p{L}{2,}/u;
const CONNECTIVE = /\s*\b(?:by|due|on)\s*$/i;

function namesADay(when: ParsedWhen): boolean {
  const text = when.text.trim();
  if (ISO_DAY.test(text)) return true;
  if (!HAS_WORD.test(text)) return false;
  // "at 5", "5pm", "noon" say an hour, not a day.
  return !/^(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?$|^(?:at\s+)?(?:noon|midnight)$/i.test(text);
}

export interface TitleWithDate {
  /** The title with the date words (and a "by"/"due"/"on" before them) taken out. */
  title: string;
  when: ParsedWhen | null;
}

export function splitTitleDate(title: string, context: ParseContext): TitleWithDate {
  const when = findDates(title, context).find(namesADay) ?? null;
  if (!when) return { title: title.trim(), when: null };
  const before = title.slice(0, when.index).replace(CONNECTIVE, '');
  const after = title.slice(when.index + when.text.length);
  return { title: `${before} ${after}`.replace(/\s+/g, ' ').trim(), when };
}
