import { badRequest, type HandlerContext } from '../context.js';
import { TEN_MINUTES } from '../state.js';
import { ERR, SimError } from '../xml.js';

export interface Range {
  from: number;
  to: number;
}

function timestamp(ctx: HandlerContext, name: string): number {
  const raw = ctx.query.get(name);
  if (raw === null || raw === '') throw badRequest(`${name} is required`);
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw badRequest(`${name} must be Unix seconds, got "${raw}"`);
  if (value % TEN_MINUTES !== 0) {
    throw new SimError(400, ERR.notOnBoundary, `${name} ${value} is not on a 10-minute boundary`);
  }
  return value;
}

/** from_timestamp/to_timestamp on 10-minute boundaries; entries with from <= start < to match. */
export function timeRange(ctx: HandlerContext, maxSeconds?: number): Range {
  const from = timestamp(ctx, 'from_timestamp');
  const to = timestamp(ctx, 'to_timestamp');
  if (to <= from) throw badRequest('to_timestamp must be after from_timestamp');
  if (maxSeconds !== undefined && to - from > maxSeconds) {
    throw new SimError(400, ERR.rangeTooLong, 'The time range of a report cannot be more than 30 days');
  }
  return { from, to };
}

export function entryType(ctx: HandlerContext): 'online' | 'offline' | null {
  const raw = ctx.query.get('time_entry_type');
  if (raw === null || raw === '') return null;
  if (raw !== 'online' && raw !== 'offline') throw badRequest(`time_entry_type must be online or offline, got "${raw}"`);
  return raw;
}
