import type { TimeEntry } from '../../../shared/model.js';
import type { NewTimeEntry } from '../providers/types.js';
import type { Db } from './db.js';

/*
 * Single booked entries, for user changes: a booking shows at once under a
 * local key, an edit or delete shows before the server has it. Pulls replace
 * whole ranges through recordsRepo; rows still waiting for the server keep
 * their local key until the push swaps it.
 */

/** A `time_entries` row as the model's TimeEntry (the one mapping; recordsRepo lists with it too). */
export function timeEntryFromRow(r: Record<string, unknown>): TimeEntry {
  return {
    key: String(r.key),
    accountId: String(r.account_id),
    kind: r.kind as TimeEntry['kind'],
    projectRemoteId: (r.project_remote_id as string | null) ?? null,
    taskRemoteId: (r.task_remote_id as string | null) ?? null,
    start: (r.start as string | null) ?? null,
    end: (r.end as string | null) ?? null,
    minutes: Number(r.minutes),
    note: String(r.note),
  };
}

export function getTimeEntry(db: Db, key: string): TimeEntry | null {
  const row = db.prepare('SELECT * FROM time_entries WHERE key = ?').get(key) as Record<string, unknown> | undefined;
  return row ? timeEntryFromRow(row) : null;
}

/** The current key of an entry that may have been known by a local key. */
export function resolveTimeKey(db: Db, key: string): string {
  const alias = db.prepare('SELECT new_key FROM key_aliases WHERE old_key = ?').get(key) as { new_key: string } | undefined;
  return alias?.new_key ?? key;
}

export function putTimeEntry(db: Db, e: TimeEntry): void {
  db.prepare(
    `INSERT OR REPLACE INTO time_entries (key, account_id, kind, project_remote_id, task_remote_id, start, "end", minutes, note)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(e.key, e.accountId, e.kind, e.projectRemoteId, e.taskRemoteId, e.start, e.end, e.minutes, e.note);
}

export function removeTimeEntry(db: Db, key: string): void {
  db.prepare('DELETE FROM time_entries WHERE key = ?').run(key);
}

/** The server gave a booked entry its id: the row, later queued changes and old references move to it. */
export function swapTimeKey(db: Db, oldKey: string, entry: TimeEntry): void {
  removeTimeEntry(db, oldKey);
  putTimeEntry(db, entry);
  db.prepare('UPDATE outbox SET key = ? WHERE key = ?').run(entry.key, oldKey);
  db.prepare('INSERT OR REPLACE INTO key_aliases (old_key, new_key) VALUES (?, ?)').run(oldKey, entry.key);
}

/** The fields of a cached row that a booking (or an edit of one) sets. */
export function bookedFields(e: NewTimeEntry): Omit<TimeEntry, 'key' | 'accountId' | 'kind'> {
  const minutes = Math.round((Date.parse(e.end) - Date.parse(e.start)) / 60_000);
  return { projectRemoteId: e.projectRemoteId, taskRemoteId: e.taskRemoteId, start: e.start, end: e.end, minutes, note: e.note };
}
