import { validationError } from '../../../../shared/errors.js';
import { spanDays } from './dates.js';
import { ReportRowSchema, TimeEntrySchema, readList, readOne, type ReportRow, type WsTimeEntry } from './schema.js';
import { assertRange, isOnBoundary, MAX_RANGE_S, type SecondsRange } from './time.js';
import { expectStatus, idSegment, projectPath, type Query, type WorksnapsTransport } from './transport.js';

export type EntryType = 'online' | 'offline';

export interface TimeEntryFilter {
  userIds?: string[];
  taskIds?: string[];
  type?: EntryType;
}

export interface OfflineTime {
  /** Unix seconds on a 10-minute boundary. */
  from: number;
  minutes: number;
  taskId: string | null;
  comment: string;
}

export interface TimeEntryChange {
  taskId?: string;
  comment?: string;
}

function ids(values: string[] | undefined, field: string): string | undefined {
  return values && values.length > 0 ? idSegment(values.join(';'), field) : undefined;
}

function rangeQuery(range: SecondsRange, max?: number): Query {
  assertRange(range, max);
  return { from_timestamp: range.from, to_timestamp: range.to };
}

/** The server's offline-time rules, checked before anything is sent. */
export function checkOfflineTime(entry: Pick<OfflineTime, 'from' | 'minutes'>): void {
  if (!isOnBoundary(entry.from))
    throw validationError('start', 'offline time must start on a 10-minute boundary (e.g. 09:00, 09:10)', 'worksnaps');
  if (!Number.isInteger(entry.minutes) || entry.minutes <= 0 || entry.minutes % 10 !== 0) {
    throw validationError('end', 'offline time must last a positive multiple of 10 minutes', 'worksnaps');
  }
}

/** Time entries, offline time and reports (endpoints 26–35). */
export class TimeEntriesApi {
  constructor(private readonly transport: WorksnapsTransport) {}

  async listForProject(projectId: string, range: SecondsRange, filter: TimeEntryFilter = {}): Promise<WsTimeEntry[]> {
    const query = {
      ...rangeQuery(range),
      user_ids: ids(filter.userIds, 'userIds'),
      task_ids: ids(filter.taskIds, 'taskIds'),
      time_entry_type: filter.type,
    };
    const doc = await this.transport.read(projectPath(projectId, '/time_entries.xml'), query);
    return readList(doc, 'time_entries', 'time_entry', TimeEntrySchema);
  }

  async listForUser(projectId: string, userId: string, range: SecondsRange, type?: EntryType): Promise<WsTimeEntry[]> {
    const path = projectPath(projectId, `/users/${idSegment(userId, 'userId')}/time_entries.xml`);
    const doc = await this.transport.read(path, { ...rangeQuery(range), time_entry_type: type });
    return readList(doc, 'time_entries', 'time_entry', TimeEntrySchema);
  }

  async get(projectId: string, entryId: string, fullResolution = false): Promise<WsTimeEntry> {
    const path = projectPath(projectId, `/time_entries/${idSegment(entryId, 'timeEntryId')}.xml`);
    const doc = await this.transport.read(path, fullResolution ? { full_resolution_url: 1 } : undefined);
    return readOne(doc, 'time_entry', TimeEntrySchema);
  }

  /** PUT one or several (`;`-joined) entries; the server answers with the entry only when there is one. */
  async update(projectId: string, entryIds: string[], change: TimeEntryChange): Promise<WsTimeEntry | null> {
    const body = { time_entry: { task_id: change.taskId, user_comment: change.comment } };
    const path = projectPath(projectId, `/time_entries/${ids(entryIds, 'timeEntryIds') ?? ''}.xml`);
    const doc = await this.transport.write('PUT', path, { body });
    if (entryIds.length === 1) return readOne(doc, 'time_entry', TimeEntrySchema);
    expectStatus(doc, 'update the time entries');
    return null;
  }

  async delete(projectId: string, entryIds: string[]): Promise<void> {
    const path = projectPath(projectId, `/time_entries/${ids(entryIds, 'timeEntryIds') ?? ''}.xml`);
    expectStatus(await this.transport.write('DELETE', path), 'delete the time entries');
  }

  /** Offline time for the caller, or for `userId` (a manager's call, endpoint 33). */
  async addOffline(projectId: string, entry: OfflineTime, userId?: string): Promise<void> {
    checkOfflineTime(entry);
    const body = {
      time_entry: {
        task_id: entry.taskId === null ? undefined : idSegment(entry.taskId, 'taskId'),
        user_comment: entry.comment,
        from_timestamp: entry.from,
        duration_in_minutes: entry.minutes,
      },
    };
    const path = userId === undefined ? '/time_entries.xml' : `/users/${idSegment(userId, 'userId')}/time_entries.xml`;
    expectStatus(await this.transport.write('POST', projectPath(projectId, path), { body }), 'add the offline time');
  }

  /** `/projects/{id}/reports`; the time_entries report requires user ids. */
  async report(
    projectId: string,
    name: 'time_entries' | 'time_summary',
    range: SecondsRange,
    filter: TimeEntryFilter = {},
  ): Promise<ReportRow[]> {
    if (name === 'time_entries' && !filter.userIds?.length)
      throw validationError('userIds', 'the time_entries report needs user ids', 'worksnaps');
    const query = {
      name,
      ...rangeQuery(range, MAX_RANGE_S),
      user_ids: ids(filter.userIds, 'userIds'),
      task_ids: ids(filter.taskIds, 'taskIds'),
      time_entry_type: filter.type,
    };
    const doc = await this.transport.read(projectPath(projectId, '/reports'), query);
    return readList(doc, 'time_entries', 'time_entry', ReportRowSchema);
  }

  /** `/summary_reports?name=manager_report`, dates YYYY-MM-DD, at most 30 days. */
  async summary(
    fromDate: string,
    toDate: string,
    options: { projectIds?: string[]; userIds?: string[]; timezoneOffset?: number } = {},
  ): Promise<ReportRow[]> {
    const days = spanDays(fromDate, toDate);
    if (days < 1 || days > 30) throw validationError('toDate', 'the summary may span 1 to 30 days', 'worksnaps');
    const query = {
      name: 'manager_report',
      from_date: fromDate,
      to_date: toDate,
      timezone_offset: options.timezoneOffset,
      project_ids: ids(options.projectIds, 'projectIds'),
      user_ids: ids(options.userIds, 'userIds'),
    };
    const doc = await this.transport.read('/summary_reports', query);
    return readList(doc, 'summary_report', 'time_entry', ReportRowSchema);
  }
}
