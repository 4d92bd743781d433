import { addDays, instantAt, today, userZone } from '../../shared/dates/index.js';
import type { Task } from '../../shared/model.js';

/** The next moment the daily reminder is due: today at `time` on the user's wall clock, or tomorrow if that has passed. */
export function nextReminderAt(now: Date, time: string, zone: string = userZone()): Date {
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const at = (day: string) => {
    const [year, month, date] = day.split('-').map(Number) as [number, number, number];
    return instantAt({ year, month, day: date, hour, minute }, zone);
  };
  const day = today(now, zone);
  const todays = at(day);
  return todays.getTime() > now.getTime() ? todays : at(addDays(day, 1));
}

/** One notification's text for what is due today (overdue first, as Today lists them). */
export function reminderBody(tasks: Task[], total: number, now: Date, zone: string = userZone()): string {
  const day = today(now, zone);
  const lines = tasks.slice(0, 5).map((t) => `${t.dueDate !== null && t.dueDate < day ? 'Overdue: ' : ''}${t.title}`);
  if (total > lines.length) lines.push(`and ${total - lines.length} more`);
  return lines.join('\n');
}
