import { stampToInstant } from '../../../../shared/dates/wire.js';
import { AppError, validationError } from '../../../../shared/errors.js';
import type { TimeEntry, Timer } from '../../../../shared/model.js';
import type { Logger } from '../../log.js';
import type { NewTimeEntry, NewTimer } from '../types.js';
import type { WebworkClient } from './client.js';
import { entryToWire } from './dates.js';
import { toId, type Identity } from './identity.js';
import { toTimeEntry, toTimer } from './mapping.js';
import { PROVIDER, type WwContract } from './schema.js';
import { createTimeEntry, listTimeEntries, startTracking } from './timeApi.js';
import { listContracts } from './workspaceApi.js';

/*
 * Manual time entries and the tracker. Time is booked on the user's contract
 * for the project; the API has no call to change or delete an entry
 * (capabilities say so), and none to look one up by id, so a booking whose
 * reply was lost is found among the day's entries by its times, task and note.
 */

export interface BookedTimeScope {
  client: WebworkClient;
  me: Identity & { userId: number };
  accountId: string;
  log: Logger;
}

/** WebWork's rules before anything is queued: an entry lies within one of the user's days. */
export function checkWebworkTime(entry: NewTimeEntry): void {
  const times = entryToWire(entry.start, entry.end);
  if (times.date !== times.endDate)
    throw validationError('end', 'WebWork Tracker time entries must start and end on the same day', PROVIDER);
}

async function contractFor(scope: BookedTimeScope, projectRemoteId: string): Promise<WwContract> {
  const projectId = toId(projectRemoteId, 'projectRemoteId');
  const { client, me } = scope;
  const contracts = await listContracts(client, me.workspaceId, { project_id: projectId, user_id: me.userId });
  const contract = contracts.find((c) => !c.status || c.status === 'active');
  if (!contract)
    throw new AppError('validation', 'WebWork Tracker: you have no contract on this project', {
      provider: PROVIDER,
      field: 'projectRemoteId',
    });
  return contract;
}

export async function bookTime(scope: BookedTimeScope, entry: NewTimeEntry): Promise<TimeEntry> {
  checkWebworkTime(entry);
  const contract = await contractFor(scope, entry.projectRemoteId);
  const times = entryToWire(entry.start, entry.end);
  const { entry: saved, message } = await createTimeEntry(scope.client, scope.me.workspaceId, {
    user_id: scope.me.userId,
    contract_id: contract.id,
    task_id: entry.taskRemoteId ? toId(entry.taskRemoteId, 'taskRemoteId') : null,
    notes: entry.note,
    date: times.date,
    start_time: times.start_time,
    end_time: times.end_time,
  });
  if (message && /part/i.test(message)) scope.log.warn('WebWork kept only part of a time entry', { message });
  return toTimeEntry(saved, scope.accountId);
}

const sameInstant = (a: string | null, b: string): boolean => a !== null && Date.parse(stampToInstant(a) ?? '') === Date.parse(b);

export async function findBookedTime(scope: BookedTimeScope, entry: NewTimeEntry): Promise<TimeEntry | null> {
  const { date } = entryToWire(entry.start, entry.end);
  const listed = await listTimeEntries(scope.client, scope.me.workspaceId, scope.me.userId, date);
  const mapped = listed.map((e) => toTimeEntry(e, scope.accountId));
  return (
    mapped.find(
      (e) =>
        sameInstant(e.start, entry.start) &&
        sameInstant(e.end, entry.end) &&
        e.taskRemoteId === entry.taskRemoteId &&
        e.note === entry.note,
    ) ?? null
  );
}

/** The tracker runs on a contract: a task's timer is started through its project. */
export async function startTimer(scope: BookedTimeScope, input: NewTimer): Promise<Timer> {
  if (input.taskRemoteId && !input.projectRemoteId)
    throw validationError('project', 'WebWork Tracker starts a task’s timer through its project; give the project too', PROVIDER);
  const contract = input.projectRemoteId ? await contractFor(scope, input.projectRemoteId) : null;
  const tracker = await startTracking(scope.client, scope.me.workspaceId, {
    user_id: scope.me.userId,
    ...(contract ? { contract_id: contract.id } : {}),
    ...(input.taskRemoteId ? { task_id: toId(input.taskRemoteId, 'taskRemoteId') } : {}),
    ...(input.note ? { activity_description: input.note } : {}),
  });
  return toTimer(tracker, scope.accountId, scope.me.userId, null);
}
