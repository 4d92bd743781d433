import type { TimeEntry } from '../../../../shared/model.js';
import type { NewTimeEntry, ProviderContext } from '../types.js';
import type { WorksnapsClient } from './client.js';
import { isoToUnix } from './dates.js';
import { toTimeEntry } from './mapping.js';
import type { WsTimeEntry } from './schema.js';
import { TEN_MINUTES_S } from './time.js';
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
    const listed = await client.time.listForUser(entry.projectRemoteId, user, { from, to: from + TEN_MINUTES_S }, 'offline');
    const found = listed
      .filter((e) => e.from_timestamp === from && e.duration_in_minutes === minutes && e.user_comment === entry.note)
      .sort((a, b) => Number(b.id) - Number(a.id))[0];
    if (found) return toTimeEntry(ctx.account.id, found);
    ctx.log.warn('offline time was accepted but is not listed yet');
  } catch (error) {
    ctx.log.warn('offline time was accepted; reading it back failed', {
      reason: error instanceof Error ? error.message : String(error),
    });
  }
  return toTimeEntry(ctx.account.id, sent);
}
