import type { TimeEntry } from '../../shared/model.js';
import { addDays, fromIsoDate, isoDate } from './dates.js';

export interface DayTotal {
  day: string;
  minutes: number;
}

export interface ProjectTotal {
  accountId: string;
  projectRemoteId: string | null;
  kind: TimeEntry['kind'];
  minutes: number;
}

/** Every day from `from` to `to` inclusive, so days with no time still get a (zero) bar. */
export function daysInRange(from: string, to: string): string[] {
  const start = fromIsoDate(from);
  const end = fromIsoDate(to);
  if (!start || !end || start > end) return [];
  const days: string[] = [];
  for (let day = start; day <= end && days.length < 366; day = addDays(day, 1)) days.push(isoDate(day));
  return days;
}

export function entryDay(entry: TimeEntry): string | null {
  return entry.start ? isoDate(new Date(entry.start)) : null;
}

export function totalsPerDay(entries: TimeEntry[], from: string, to: string): DayTotal[] {
  const totals = new Map(daysInRange(from, to).map((day) => [day, 0]));
  for (const entry of entries) {
    const day = entryDay(entry);
    if (day && totals.has(day)) totals.set(day, (totals.get(day) ?? 0) + entry.minutes);
  }
  return [...totals.entries()].map(([day, minutes]) => ({ day, minutes }));
}

/** Per account and project; tracked time and Worksection costs are kept apart. */
export function totalsPerProject(entries: TimeEntry[]): ProjectTotal[] {
  const totals = new Map<string, ProjectTotal>();
  for (const entry of entries) {
    const id = `${entry.accountId}|${entry.projectRemoteId ?? ''}|${entry.kind}`;
    const total = totals.get(id) ?? {
      accountId: entry.accountId,
      projectRemoteId: entry.projectRemoteId,
      kind: entry.kind,
      minutes: 0,
    };
    total.minutes += entry.minutes;
    totals.set(id, total);
  }
  return [...totals.values()].sort((a, b) => b.minutes - a.minutes);
}

/** 135 -> "2:15". */
export function formatMinutes(minutes: number): string {
  const rounded = Math.round(minutes);
  return `${Math.floor(rounded / 60)}:${String(rounded % 60).padStart(2, '0')}`;
}

export interface DayEntries {
  day: string;
  minutes: number;
  entries: TimeEntry[];
}

/** The entries of each day that has any, newest day first, each day's entries in start order. */
export function entriesPerDay(entries: TimeEntry[]): DayEntries[] {
  const days = new Map<string, TimeEntry[]>();
  for (const entry of entries) {
    const day = entryDay(entry) ?? 'undated';
    days.set(day, [...(days.get(day) ?? []), entry]);
  }
  return [...days.entries()]
    .sort(([a], [b]) => (a === b ? 0 : a === 'undated' ? 1 : b === 'undated' ? -1 : b.localeCompare(a)))
    .map(([day, list]) => ({
      day,
      minutes: list.reduce((sum, e) => sum + e.minutes, 0),
      entries: [...list].sort((a, b) => (a.start ?? '').localeCompare(b.start ?? '')),
    }));
}

const clock = (instant: string) =>
  new Date(instant).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** "09:00–09:45"; a cost (dated by its day only) or an entry without times has none. */
export function clockRange(entry: TimeEntry): string {
  if (entry.kind === 'cost' || !entry.start) return '';
  return entry.end ? `${clock(entry.start)}–${clock(entry.end)}` : clock(entry.start);
}
