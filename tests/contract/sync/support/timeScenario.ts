import type { WebworkSimulator } from '../../../simulators/webwork/index.js';
import type { TestCore } from './core.js';

/** One booking of the mixed crash outbox: a 10-minute slot of its own on one past day. */
export interface Booking {
  note: string;
  start: string;
  end: string;
}

const DAY = '2025-03-03';
const hhmm = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * Queues task creates and time bookings interleaved, all through the core's
 * handlers, so a push sends them in that order. Slots never overlap: a booking
 * sent twice would be refused or doubled on the server, and the test sees either.
 */
export async function queueMixed(
  t: TestCore,
  accountId: string,
  projectRemoteId: string,
  count: number,
  tag: string,
): Promise<{ titles: string[]; bookings: Booking[] }> {
  const titles: string[] = [];
  const bookings: Booking[] = [];
  for (let i = 0; i < count; i += 1) {
    const title = `${tag} task ${i + 1}`;
    const task = await t.call('tasks:add', { accountId, projectRemoteId, title });
    if (task.state !== 'queued') throw new Error(`expected the add to be queued, got ${task.state}`);
    titles.push(title);
    const booking = { note: `${tag} time ${i + 1}`, start: hhmm(60 + i * 20), end: hhmm(70 + i * 20) };
    const time = await t.call('time:log', {
      accountId,
      projectRemoteId,
      start: `${DAY}T${booking.start}`,
      minutes: 10,
      note: booking.note,
    });
    if (time.state !== 'queued') throw new Error(`expected the booking to be queued, got ${time.state}`);
    bookings.push(booking);
  }
  return { titles, bookings };
}

/** How many times each title and booking is on the server, from the simulator's own state. */
export function serverCounts(sim: WebworkSimulator, titles: string[], bookings: Booking[]) {
  return {
    tasks: titles.map((title) => sim.state.tasks.filter((x) => x.title === title).length),
    bookings: bookings.map(
      (b) =>
        sim.state.timeEntries.filter(
          (e) => e.notes === b.note && e.date === DAY && e.start_time === b.start && e.end_time === b.end,
        ).length,
    ),
  };
}
