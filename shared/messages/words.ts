/*
 * Numbers, lengths of time and days as people read them. Messages are in
 * English (like the rest of the UI), so the locale is fixed rather than the
 * machine's: "1,024", "1 h 30 min", "Fri 24 Dec".
 */

const NUMBER = new Intl.NumberFormat('en-GB');

/** 1024 -> "1,024". */
export function formatNumber(value: number): string {
  return NUMBER.format(value);
}

/** 90 -> "1 h 30 min", 45 -> "45 min", 120 -> "2 h". */
export function formatDuration(minutes: number): string {
  const rounded = Math.max(0, Math.round(minutes));
  const hours = Math.floor(rounded / 60);
  const rest = rounded % 60;
  if (hours === 0) return `${rest} min`;
  return rest === 0 ? `${formatNumber(hours)} h` : `${formatNumber(hours)} h ${rest} min`;
}

/**
 * 'YYYY-MM-DD' -> "Fri 24 Dec", with the year when it is not `now`'s. The
 * day is a calendar day, not an instant, so it is read and printed in UTC and
 * no zone can move it by one.
 */
export function formatDay(date: string, now: Date = new Date()): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  if (day.getUTCDate() !== d) return date;
  const sameYear = y === now.getFullYear();
  return day
    .toLocaleDateString('en-GB', {
      timeZone: 'UTC',
      weekday: 'short',
      day: 'numeric',
      month: 'short',
      ...(sameYear ? {} : { year: 'numeric' }),
    })
    .replace(/,/g, '');
}

/** "a", "a and b", "a, b and c". */
export function listWords(words: string[], last = 'and'): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${last} ${words[words.length - 1] ?? ''}`;
}

/** First letter up: messages are sentences. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Text a person typed, quoted with typographic marks and kept short enough for one line. */
export function quote(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `“${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}”`;
}
