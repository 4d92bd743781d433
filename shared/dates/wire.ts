import { formatDay } from './day.js';
import { instantAt, offsetMinutes, userZone, wallClock } from './zone.js';

/**
 * Wall-clock stamps as services write them. Worksection, Workity and WebWork
 * send some times without a zone; those are the user's wall clock, read and
 * written here in one way for every provider.
 */
const STAMP = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

const pad = (n: number): string => String(Math.abs(n)).padStart(2, '0');

/**
 * 'YYYY-MM-DD HH:MM[:SS]' or '…THH:MM…' as an ISO instant. With a zone
 * designator the stamp says its own zone; without one it is `zone`'s wall clock.
 */
export function stampToInstant(stamp: string, zone: string = userZone()): string | null {
  const match = STAMP.exec(stamp.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0));
  if (match[7]) {
    const ms = Date.parse(`${formatDay(year!, month!, day!)}T${pad(hour!)}:${pad(minute!)}:${pad(second!)}${match[7]}`);
    return Number.isNaN(ms) ? null : new Date(ms).toISOString();
  }
  const instant = instantAt({ year: year!, month: month!, day: day!, hour: hour!, minute: minute!, second: second! }, zone);
  return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
}

/** `instant` on `zone`'s wall clock as 'YYYY-MM-DDTHH:MM' (or with a space, as Worksection writes it). */
export function instantToStamp(instant: Date, zone: string = userZone(), separator: 'T' | ' ' = 'T'): string {
  const wall = wallClock(instant, zone);
  return `${formatDay(wall.year, wall.month, wall.day)}${separator}${pad(wall.hour)}:${pad(wall.minute)}`;
}

/** `instant` on `zone`'s wall clock with the zone's offset, e.g. 2024-05-01T10:30+02:00. */
export function instantToOffsetStamp(instant: Date, zone: string = userZone()): string {
  const offset = offsetMinutes(instant, zone);
  const designator = offset === 0 ? 'Z' : `${offset > 0 ? '+' : '-'}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
  return `${instantToStamp(instant, zone)}${designator}`;
}
