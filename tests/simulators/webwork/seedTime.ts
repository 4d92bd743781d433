import { addDays, addMinutes, iso, ymd } from './dates.js';
import type { SimState, SimTimeEntry, SimTimesheet } from './types.js';

/** Two blocks a weekday for the last two weeks for everyone in Acme Studio, and Olivia's tracker running since 25 minutes ago. */
export function seedTime(state: SimState, now: Date): void {
  const today = new Date(`${ymd(now)}T00:00:00Z`);
  for (const userId of [1, 2, 3, 4, 5]) {
    const contracts = state.contracts.filter((c) => c.user_id === userId && c.workspace_id === 1 && c.project_id !== 103);
    for (let back = 1; back <= 14; back += 1) {
      const day = addDays(today, -back);
      if (day.getUTCDay() === 0 || day.getUTCDay() === 6) continue;
      const blocks: [string, string, number][] = [
        ['09:00', '11:30', 150],
        ['13:00', '15:45', 165],
      ];
      blocks.forEach(([start, end, minutes], b) => {
        const contract = contracts[(back + b) % contracts.length];
        if (!contract) return;
        const task = state.tasks.find((t) => t.project_id === contract.project_id && t.id % 7 === (back + b) % 7);
        const entry: SimTimeEntry = {
          id: state.nextId.timeEntry++,
          workspace_id: 1,
          user_id: userId,
          contract_id: contract.id,
          project_id: contract.project_id,
          task_id: task?.id ?? null,
          date: ymd(day),
          start_time: start,
          end_time: end,
          duration_minutes: minutes,
          notes: task ? `Worked on ${task.title}` : null,
          source: 'tracker',
          created_at: iso(day),
        };
        state.timeEntries.push(entry);
      });
    }
  }
  const running = state.contracts.find((c) => c.user_id === 1 && c.project_id === 100);
  const task = state.tasks.find((t) => t.project_id === 100);
  if (running) {
    state.trackers.push({
      workspace_id: 1,
      user_id: 1,
      contract_id: running.id,
      project_id: 100,
      task_id: task?.id ?? null,
      activity_description: 'Reviewing the header layout',
      start_time: iso(addMinutes(now, -25)),
    });
  }
}

/** Two blocks a weekday for the last two weeks for everyone in Acme Studio, and Olivia's tracker running since 25 minutes ago. */
export function seedTimesheets(state: SimState, now: Date): void {
  const today = new Date(`${ymd(now)}T00:00:00Z`);
  const monday = addDays(today, -((today.getUTCDay() + 6) % 7));
  let n = 1;
  for (const m of state.memberships.filter((x) => x.workspace_id === 1)) {
    for (const [offset, status] of [
      [-7, 'approved'],
      [0, 'open'],
    ] as const) {
      const from = addDays(monday, offset);
      const sheet: SimTimesheet = {
        id: `5f0c${String(n++).padStart(4, '0')}-7a1e-4c2b-9d3f-${String(m.user_id).padStart(12, '0')}`,
        workspace_id: 1,
        user_id: m.user_id,
        date_from: ymd(from),
        date_to: ymd(addDays(from, 6)),
        status,
        submitted_at: status === 'approved' ? iso(addDays(from, 7)) : null,
      };
      state.timesheets.push(sheet);
    }
  }
}
