import { AppError, validationError } from '../../../../shared/errors.js';
import type { TimeEntry } from '../../../../shared/model.js';
import type { NewTimeEntry, ProviderContext } from '../types.js';
import type { WorksnapsClient } from './client.js';
import { isoToUnix } from './dates.js';
const PROVIDER = 'worksnaps';
import { toTimeEntry } from './mapping.js';
import type { WsTimeEntry } from './schema.js';
import { isOnBoundary, TEN_MINUTES_S } from './time.js';
import { checkOfflineTime } from './timeEntriesApi.js';

/**
 * Offline time: the POST answers with a bare status, so the new entry is read
 * back from the user's own offline entries in that slot. Once the POST has
 * succeeded nothing may throw (the outbox would send the time twice): if the
 * read-back fails, the entry is described from what was sent.
 */
export async function logOfflineTime(
  client: WorksnapsClient,
  ctx: ProviderContext,
  entry: NewTimeEntry,
  me: () => Promise<string>,
): Promise<TimeEntry> {
  const from = isoToUnix(entry.start, 'start');
  const minutes = (isoToUnix(entry.end, 'end') - from) / 60;
  checkOfflineTime({ from, minutes });
  const user = await me();
  await client.time.addOffline(entry.projectRemoteId, { from, minutes, taskId: entry.taskRemoteId, comment: entry.note });
  const sent: WsTimeEntry = {
    id: `offline-${from}-${minutes}`,
    project_id: entry.projectRemoteId,
    user_id: user,
    task_id: entry.taskRemoteId ?? '0',
    from_timestamp: from,
    duration_in_minutes: minutes,
    type: 'offline',
    user_comment: entry.note,
    task_name: '',
  };
  try {
    const found = await findOffline(client, entry, user);
    if (found) return toTimeEntry(ctx.account.id, found);
    ctx.log.warn('offline time was accepted but is not listed yet');
  } catch (error) {
    ctx.log.warn('offline time was accepted; reading it back failed', {
      reason: error instanceof Error ? error.message : String(error),
    });
  }
  return toTimeEntry(ctx.account.id, sent);
}

/** The user's newest offline entry in the booking's slot with the same length, task and comment. */
async function findOffline(client: WorksnapsClient, entry: NewTimeEntry, user: string): Promise<WsTimeEntry | null> {
  const from = isoToUnix(entry.start, 'start');
  const minutes = (isoToUnix(entry.end, 'end') - from) / 60;
  const task = entry.taskRemoteId ?? '0';
  const listed = await client.time.listForUser(entry.projectRemoteId, user, { from, to: from + TEN_MINUTES_S }, 'offline');
  return (
    listed
      .filter((e) => e.from_timestamp === from && e.duration_in_minutes === minutes && e.user_comment === entry.note)
      .filter((e) => (e.task_id || '0') === task)
      .sort((a, b) => Number(b.id) - Number(a.id))[0] ?? null
  );
}

/** A booking whose reply was lost: offline time carries no creation time, so the slot itself is the evidence. */
export async function findOfflineTime(
  client: WorksnapsClient,
  ctx: ProviderContext,
  entry: NewTimeEntry,
  me: () => Promise<string>,
): Promise<TimeEntry | null> {
  const found = await findOffline(client, entry, await me());
  return found ? toTimeEntry(ctx.account.id, found) : null;
}

/**
 * Offline time's rules before anything is queued. An edit may change the note
 * (the API's PUT takes task and comment only), never the start or the length.
 */
export function checkWorksnapsTime(entry: NewTimeEntry, before?: TimeEntry): void {
  const from = isoToUnix(entry.start, 'start');
  const minutes = (isoToUnix(entry.end, 'end') - from) / 60;
  if (before) {
    if (before.start && Date.parse(before.start) !== Date.parse(entry.start))
      throw new AppError('unsupported', 'Worksnaps does not let clients move booked time; change the note or delete it', {
        provider: PROVIDER,
        field: 'start',
      });
    if (minutes !== before.minutes)
      throw new AppError(
        'unsupported',
        'Worksnaps does not let clients change the length of booked time; delete and book it again',
        {
          provider: PROVIDER,
          field: 'minutes',
        },
      );
    return;
  }
  if (!isOnBoundary(from))
    throw validationError('start', 'Worksnaps offline time must start on a 10-minute boundary (e.g. 09:00, 09:10)', PROVIDER);
  if (!Number.isInteger(minutes) || minutes <= 0 || minutes % 10 !== 0)
    throw validationError('minutes', 'Worksnaps offline time must last a positive multiple of 10 minutes', PROVIDER);
}
