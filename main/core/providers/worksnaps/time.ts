import { validationError } from '../../../../shared/errors.js';

/** Range queries and offline time sit on 10-minute boundaries of Unix seconds (PROVIDERS.md 1.1). */
export const TEN_MINUTES_S = 600;
/** `/reports` and `/summary_reports` accept at most 30 days; time entry lists are fetched in windows this size too. */
export const MAX_RANGE_S = 30 * 24 * 3600;

export interface SecondsRange {
  from: number;
  to: number;
}

export function toSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}

export function floorToBoundary(seconds: number): number {
  return Math.floor(seconds / TEN_MINUTES_S) * TEN_MINUTES_S;
}

export function ceilToBoundary(seconds: number): number {
  return Math.ceil(seconds / TEN_MINUTES_S) * TEN_MINUTES_S;
}

export function isOnBoundary(seconds: number): boolean {
  return Number.isInteger(seconds) && seconds % TEN_MINUTES_S === 0;
}

/** Widens a date range outwards to the nearest boundaries, so no entry inside it is missed. */
export function boundaryRange(from: Date, to: Date): SecondsRange {
  const start = floorToBoundary(toSeconds(from));
  const end = Math.max(ceilToBoundary(Math.ceil(to.getTime() / 1000)), start + TEN_MINUTES_S);
  return { from: start, to: end };
}

/** Splits [from, to) into back-to-back windows of at most `max` seconds; each entry falls in exactly one. */
export function chunkRange(range: SecondsRange, max = MAX_RANGE_S): SecondsRange[] {
  const out: SecondsRange[] = [];
  for (let start = range.from; start < range.to; start += max) out.push({ from: start, to: Math.min(start + max, range.to) });
  return out;
}

/** Refuses a range the server would reject, with words the user can act on. */
export function assertRange(range: SecondsRange, max?: number): void {
  if (!isOnBoundary(range.from)) throw validationError('from', `${range.from} is not on a 10-minute boundary`, 'worksnaps');
  if (!isOnBoundary(range.to)) throw validationError('to', `${range.to} is not on a 10-minute boundary`, 'worksnaps');
  if (range.to <= range.from) throw validationError('to', 'must be after from', 'worksnaps');
  if (max !== undefined && range.to - range.from > max) {
    throw validationError('to', `the range may span at most ${Math.round(max / 86400)} days`, 'worksnaps');
  }
}

/** The last 30 days up to now, on boundaries: the default pull window. */
export function defaultRange(now: Date): { from: Date; to: Date } {
  return { from: new Date(now.getTime() - MAX_RANGE_S * 1000), to: now };
}
