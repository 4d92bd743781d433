import { addDays, dayOf, instantToStamp, userZone } from '../../../../shared/dates/index.js';

/**
 * Every WebWork date conversion. The API keeps time as a day (Y-m-d) and a
 * wall-clock HH:MM without a zone: the user's wall clock. Model time entries
 * carry that as a zone-less "YYYY-MM-DDTHH:MM:SS"; a start written with a zone
 * is moved onto the user's wall clock before it goes out.
 */
const HAS_ZONE = /(?:Z|[+-]\d{2}:?\d{2})$/;

/** A model time (zone-less local, or an instant with its zone) on the user's wall clock, 'YYYY-MM-DDTHH:MM'. */
function wall(value: string, zone: string): string {
  return HAS_ZONE.test(value) ? instantToStamp(new Date(value), zone) : value.slice(0, 16);
}

/** "HH:MM" on a day, or a full timestamp, as the model's zone-less local time. */
export function entryTime(
  date: string | null | undefined,
  time: string | null | undefined,
  zone: string = userZone(),
): string | null {
  if (!time) return null;
  if (/^\d{4}-\d{2}-\d{2}T/.test(time)) return HAS_ZONE.test(time) ? `${wall(time, zone)}:00` : time;
  if (!date) return null;
  return `${date.slice(0, 10)}T${time.length === 5 ? `${time}:00` : time}`;
}

/** A model start and end as the API's day and wall-clock times. */
export function entryToWire(
  start: string,
  end: string,
  zone: string = userZone(),
): { date: string; start_time: string; end_time: string; endDate: string } {
  const [from, to] = [wall(start, zone), wall(end, zone)];
  return { date: from.slice(0, 10), start_time: from.slice(11, 16), end_time: to.slice(11, 16), endDate: to.slice(0, 10) };
}

/** The user's days of a range, inclusive, at most `max` of them, latest kept. */
export function daysOf(range: { from: Date; to: Date }, max: number, zone: string = userZone()): string[] {
  const first = dayOf(range.from, zone);
  const days: string[] = [];
  for (let day = dayOf(range.to, zone); day >= first && days.length < max; day = addDays(day, -1)) days.push(day);
  return days.reverse();
}
