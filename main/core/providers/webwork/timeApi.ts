import { z } from 'zod';
import type { WebworkClient } from './client.js';
import { parseWire, TimeEntrySchema, TrackerSchema, type WwTimeEntry, type WwTracker } from './schema.js';

/** The API lists time one user and one day at a time (`date` is a single Y-m-d). */
export function listTimeEntries(
  client: WebworkClient,
  workspaceId: number,
  userId: number,
  date: string,
): Promise<WwTimeEntry[]> {
  return client.readAll('time-entries', { workspace_id: workspaceId, user_id: userId, date }, TimeEntrySchema, 'time entry');
}

export interface NewWwTimeEntry {
  user_id: number;
  contract_id: number;
  task_id?: number | null;
  notes?: string;
  date: string;
  start_time: string;
  end_time: string;
}

/** The server may keep only part of the time (overlaps, limits); `message` then says so. */
export async function createTimeEntry(
  client: WebworkClient,
  workspaceId: number,
  entry: NewWwTimeEntry,
): Promise<{ entry: WwTimeEntry; message: string | null }> {
  const envelope = await client.write('POST', 'time-entries', { workspace_id: workspaceId, ...entry });
  return { entry: parseWire(TimeEntrySchema, envelope.data, 'time entry'), message: envelope.message ?? null };
}

export interface StartTracking {
  user_id: number;
  contract_id?: number;
  task_id?: number;
  activity_description?: string;
}

export function startTracking(client: WebworkClient, workspaceId: number, input: StartTracking): Promise<WwTracker> {
  return client.writeData('POST', 'time-tracking/start', { workspace_id: workspaceId, ...input }, TrackerSchema, 'tracker');
}

const StoppedSchema = TrackerSchema.extend({ end_time: z.string().nullish(), duration_minutes: z.coerce.number().nullish() });
export type StoppedTracker = z.infer<typeof StoppedSchema>;

export function stopTracking(client: WebworkClient, workspaceId: number, userId: number): Promise<StoppedTracker> {
  return client.writeData('POST', 'time-tracking/stop', { workspace_id: workspaceId, user_id: userId }, StoppedSchema, 'tracker');
}

/** Inferred from the docs' "get current tracker data" page; the seed does not give the path. */
export const CURRENT_TRACKER_PATH = 'time-tracking/current-tracker';

/** The running tracker of one user, or null. */
export function currentTracker(client: WebworkClient, workspaceId: number, userId: number): Promise<WwTracker | null> {
  return client.read(CURRENT_TRACKER_PATH, { workspace_id: workspaceId, user_id: userId }, TrackerSchema.nullable(), 'tracker');
}

const ReportDaySchema = z.looseObject({
  date: z.string(),
  users: z.array(
    z.looseObject({
      user_id: z.coerce.number().int(),
      total_minutes: z.coerce.number(),
      projects: z.array(z.looseObject({ project_id: z.coerce.number().int(), total_minutes: z.coerce.number() })).nullish(),
    }),
  ),
});
export type TrackedHoursDay = z.infer<typeof ReportDaySchema>;

export function trackedHours(
  client: WebworkClient,
  workspaceId: number,
  range: { start_date: string; end_date: string; user_id?: number },
): Promise<TrackedHoursDay[]> {
  return client.read(
    'reports/tracked-hours',
    { workspace_id: workspaceId, ...range },
    z.array(ReportDaySchema),
    'tracked-hours report',
  );
}

const TimesheetSchema = z.looseObject({
  id: z.string(),
  user_id: z.coerce.number().int(),
  date_from: z.string(),
  date_to: z.string(),
  total_minutes: z.coerce.number(),
  status: z.string(),
});
export type WwTimesheet = z.infer<typeof TimesheetSchema>;

export function listTimesheets(
  client: WebworkClient,
  workspaceId: number,
  filter: { status?: string; user_id?: number; date_from?: string; date_to?: string } = {},
): Promise<WwTimesheet[]> {
  return client.readAll('timesheets', { workspace_id: workspaceId, ...filter }, TimesheetSchema, 'timesheet');
}
