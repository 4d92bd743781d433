/** Local calendar dates as 'YYYY-MM-DD': what a person means by "today" is their own time zone. */
export function isoDate(date: Date): string {
  const y = date.getFullYear();
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

export function addDays(date: Date, days: number): Date {
  const next = new Date(date.getTime());
  next.setDate(next.getDate() + days);
  return next;
}

/** Parses 'YYYY-MM-DD' as a local date, or null when it is not a real calendar day. */
export function fromIsoDate(text: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(y, m - 1, d);
  return date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d ? date : null;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

function weekdayIndex(word: string): number {
  if (word.length < 2) return -1;
  return WEEKDAYS.findIndex((day) => day.startsWith(word));
}

/** The next given weekday strictly after today: on a Friday, "fri" means a week ahead. */
function nextWeekday(today: Date, index: number, skipWeek: boolean): Date {
  const ahead = (index - today.getDay() + 7) % 7 || 7;
  return addDays(today, ahead + (skipWeek ? 7 : 0));
}

export type DueParse = { ok: true; date: string | null } | { ok: false; message: string };

const RELATIVE = /^(?:in\s+)?\+?(\d{1,3})\s*(d|day|days|w|wk|week|weeks)?$/;

function parseRelative(text: string, today: Date): Date | null {
  const match = RELATIVE.exec(text);
  if (!match) return null;
  const n = Number(match[1]);
  return addDays(today, match[2]?.startsWith('w') ? n * 7 : n);
}

function parseDayMonth(text: string, today: Date): Date | null {
  const match = /^(\d{1,2})[./](\d{1,2})(?:[./](\d{4}))?$/.exec(text);
  if (!match) return null;
  const year = match[3] ? Number(match[3]) : today.getFullYear();
  const iso = `${year}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
  const date = fromIsoDate(iso);
  if (date && !match[3] && isoDate(date) < isoDate(today)) return fromIsoDate(`${year + 1}${iso.slice(4)}`);
  return date;
}

function parseWords(text: string, today: Date): Date | null {
  if (['today', 'tod', 'now'].includes(text)) return today;
  if (['tomorrow', 'tmr', 'tom', 'tmrw'].includes(text)) return addDays(today, 1);
  if (text === 'next week') return addDays(today, 7);
  const next = /^next\s+(\w+)$/.exec(text);
  const dayWord = next ? next[1]! : text;
  const index = weekdayIndex(dayWord);
  return index >= 0 ? nextWeekday(today, index, next !== null) : null;
}

/**
 * Understands what people type for a due date: "", "today", "tomorrow",
 * weekday names ("fri", "friday", "next mon"), "in 3 days", "+2w",
 * "2026-12-01" and "1.12" / "1.12.2026" (day first).
 */
export function parseDue(input: string, today: Date): DueParse {
  const text = input.trim().toLowerCase().replace(/\s+/g, ' ');
  if (text === '' || text === 'none' || text === 'no date') return { ok: true, date: null };
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const date = fromIsoDate(text);
    return date ? { ok: true, date: isoDate(date) } : { ok: false, message: `${input.trim()} is not a calendar date` };
  }
  const date = parseWords(text, today) ?? parseRelative(text, today) ?? parseDayMonth(text, today);
  if (date) return { ok: true, date: isoDate(date) };
  return { ok: false, message: `Could not read "${input.trim()}" as a date; try "tomorrow", "fri" or 2026-12-01` };
}

/** "Fri 5 Dec" style label for a due date, with "Today"/"Tomorrow"/"Yesterday" when near. */
export function describeDue(date: string, today: Date): string {
  const day = fromIsoDate(date);
  if (!day) return date;
  const diff = Math.round((day.getTime() - fromIsoDate(isoDate(today))!.getTime()) / 86_400_000);
  if (diff === 0) return 'Today';
  if (diff === 1) return 'Tomorrow';
  if (diff === -1) return 'Yesterday';
  const sameYear = day.getFullYear() === today.getFullYear();
  return day.toLocaleDateString('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
  });
}
