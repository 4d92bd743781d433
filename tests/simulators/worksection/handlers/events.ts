import type { SimEvent, WorksectionState } from '../data.js';
import { dateTime } from '../format.js';
import { param, projectOf, required, SimError, userRef, type Handler, type SimRequest } from '../request.js';

export function recordEvent(req: SimRequest, event: Omit<SimEvent, 'at' | 'userFromId'>): void {
  req.state.events.push({ ...event, at: req.now, userFromId: req.state.ownerId });
}

function periodMs(period: string): number {
  const match = /^(\d+)([mhd])$/.exec(period);
  const limits = { m: 360, h: 72, d: 30 } as const;
  const unit = match?.[2] as keyof typeof limits | undefined;
  if (!match || !unit || Number(match[1]) < 1 || Number(match[1]) > limits[unit])
    throw new SimError(11, 'Invalid period', period);
  return Number(match[1]) * { m: 60_000, h: 3_600_000, d: 86_400_000 }[unit];
}

const getEvents: Handler = (req) => {
  const since = req.now.getTime() - periodMs(required(req, 'period'));
  const project = param(req, 'id_project') || param(req, 'page') ? projectOf(req) : null;
  const events = req.state.events.filter((e) => e.at.getTime() >= since && (!project || e.projectId === project.id));
  return { data: events.map((e) => eventJson(req.state, e)) };
};

function eventJson(state: WorksectionState, e: SimEvent): Record<string, unknown> {
  return {
    action: e.action,
    object: { type: e.type, id: e.id, page: e.page },
    date_added: dateTime(e.at),
    user_from: userRef(state, e.userFromId),
    new: e.next,
    old: e.old,
  };
}

export const eventHandlers: Record<string, Handler> = { get_events: getEvents };
