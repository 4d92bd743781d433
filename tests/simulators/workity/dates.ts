/**
 * Workity dateTime: YYYY-MM-DDThh:mm with optional seconds (ignored) and an
 * optional zone designator, in the range 1900-01-01T00:00 to 2079-06-06T23:59.
 */
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;
const MIN = '1900-01-01T00:00';
const MAX = '2079-06-06T23:59';

export interface ParsedDateTime {
  /** YYYY-MM-DDThh:mm plus the zone as sent, seconds dropped. */
  text: string;
  /** Milliseconds since the epoch; a value without zone is read as UTC. */
  epochMs: number;
}

export function parseDateTime(value: unknown): ParsedDateTime | null {
  if (typeof value !== 'string') return null;
  const match = DATE_TIME.exec(value.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, zone] = match;
  const local = `${y}-${mo}-${d}T${h}:${mi}`;
  if (local < MIN || local > MAX) return null;
  const epochMs = Date.parse(`${local}:00${zone ?? 'Z'}`);
  if (Number.isNaN(epochMs) || Number(mo) > 12 || Number(d) > 31 || Number(h) > 23 || Number(mi) > 59) return null;
  return { text: `${local}${zone ?? ''}`, epochMs };
}

/** Wire form of a server-side date: UTC, minute precision. */
export function formatDateTime(date: Date): string {
  return `${date.toISOString().slice(0, 16)}Z`;
}
