/**
 * Wall clocks in a named IANA zone, through Intl only: the user's day is a
 * question about their zone, never about the zone the process happens to run in
 * (tests inject one; the app passes the person's own).
 */

let known: { tz: string | undefined; zone: string } | null = null;

/**
 * The zone this process runs in: the person's own on a desktop. Remembered, since
 * a sync's mapping asks for it per date and each answer builds an Intl formatter;
 * asked again when TZ changes (tests set it).
 */
export function userZone(): string {
  // globalThis: this module also runs in the renderer, which has no process.
  const tz = (globalThis as { process?: { env: Record<string, string | undefined> } }).process?.env.TZ;
  if (known?.tz !== tz || !known) known = { tz, zone: Intl.DateTimeFormat().resolvedOptions().timeZone };
  return known.zone;
}

export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** What a clock on the wall in `zone` shows at `instant`. */
export function wallClock(instant: Date, zone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(zone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? NaN,
    month: parts.month ?? NaN,
    day: parts.day ?? NaN,
    hour: parts.hour ?? NaN,
    minute: parts.minute ?? NaN,
    second: parts.second ?? NaN,
  };
}

/** Minutes `zone` is ahead of UTC at `instant` (+780 in Auckland's summer, -480 in Los Angeles' winter). */
export function offsetMinutes(instant: Date, zone: string): number {
  const wall = wallClock(instant, zone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  const whole = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((asUtc - whole) / 60_000);
}

/**
 * The instant a wall clock in `zone` shows the given time. A time a DST jump
 * skips lands that far after the jump; a repeated one takes its first pass.
 */
export function instantAt(wall: Omit<WallClock, 'second'> & { second?: number }, zone: string): Date {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second ?? 0);
  const before = offsetMinutes(new Date(asUtc - 86_400_000), zone);
  const after = offsetMinutes(new Date(asUtc + 86_400_000), zone);
  const matching = [before, after]
    .map((offset) => asUtc - offset * 60_000)
    .filter((ms) => offsetMinutes(new Date(ms), zone) * 60_000 === asUtc - ms);
  return new Date(matching.length > 0 ? Math.min(...matching) : asUtc - before * 60_000);
}
