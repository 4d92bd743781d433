import { randomUUID } from 'node:crypto';
import type { Conflict, ConflictKind, FieldConflict, Task } from '../../../shared/model.js';
import type { Db } from './db.js';
import { parseJson } from './json.js';

interface ConflictRow {
  id: string;
  account_id: string;
  kind: ConflictKind;
  key: string;
  title: string;
  fields: string;
  server_items: string;
  found_at: string;
  resolved_at: string | null;
  resolution: string | null;
  before_json: string | null;
}

const toConflict = (row: ConflictRow): Conflict => ({
  id: row.id,
  accountId: row.account_id,
  kind: row.kind,
  key: row.key,
  title: row.title,
  fields: parseJson<Record<string, FieldConflict>>(row.fields, {}),
  serverItems: parseJson<Record<string, string>>(row.server_items, {}),
  foundAt: row.found_at,
  resolvedAt: row.resolved_at,
});

export interface NewConflict {
  accountId: string;
  kind: ConflictKind;
  key: string;
  title: string;
  fields: Record<string, FieldConflict>;
  serverItems: Record<string, string>;
}

export interface ConflictsRepo {
  open(): Conflict[];
  get(id: string): Conflict | null;
  /** Records a conflict unless an open one already covers the same item and server copies. */
  add(conflict: NewConflict): string;
  markResolved(id: string, resolution: unknown, before: Task | null): void;
  /** Undo: the conflict opens again; returns the task as it was before settling. */
  reopen(id: string): Task | null;
  /** A settlement met a newer server change: the conflict opens again with these sides. */
  reopenWith(id: string, sides: Omit<NewConflict, 'accountId' | 'key'>): void;
  resolution(id: string): unknown;
  openCount(): number;
}

export function createConflictsRepo(db: Db, now: () => Date): ConflictsRepo {
  const get = (id: string): Conflict | null => {
    const row = db.prepare('SELECT * FROM conflicts WHERE id = ?').get(id) as ConflictRow | undefined;
    return row ? toConflict(row) : null;
  };
  return {
    open: () =>
      (db.prepare('SELECT * FROM conflicts WHERE resolved_at IS NULL ORDER BY found_at').all() as ConflictRow[]).map(toConflict),
    get,
    add(conflict) {
      const existing = db
        .prepare('SELECT id FROM conflicts WHERE key = ? AND kind = ? AND server_items = ? AND resolved_at IS NULL')
        .get(conflict.key, conflict.kind, JSON.stringify(conflict.serverItems)) as { id: string } | undefined;
      if (existing) return existing.id;
      const id = randomUUID();
      db.prepare(
        'INSERT INTO conflicts (id, account_id, kind, key, title, fields, server_items, found_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ).run(
        id,
        conflict.accountId,
        conflict.kind,
        conflict.key,
        conflict.title,
        JSON.stringify(conflict.fields),
        JSON.stringify(conflict.serverItems),
        now().toISOString(),
      );
      return id;
    },
    markResolved(id, resolution, before) {
      db.prepare('UPDATE conflicts SET resolved_at = ?, resolution = ?, before_json = ? WHERE id = ?').run(
        now().toISOString(),
        JSON.stringify(resolution),
        before ? JSON.stringify(before) : null,
        id,
      );
    },
    reopen(id) {
      const row = db.prepare('SELECT before_json FROM conflicts WHERE id = ?').get(id) as
        { before_json: string | null } | undefined;
      db.prepare('UPDATE conflicts SET resolved_at = NULL, resolution = NULL, before_json = NULL WHERE id = ?').run(id);
      return parseJson<Task | null>(row?.before_json, null);
    },
    reopenWith(id, sides) {
      db.prepare(
        `UPDATE conflicts SET kind = ?, title = ?, fields = ?, server_items = ?, found_at = ?,
         resolved_at = NULL, resolution = NULL, before_json = NULL WHERE id = ?`,
      ).run(sides.kind, sides.title, JSON.stringify(sides.fields), JSON.stringify(sides.serverItems), now().toISOString(), id);
    },
    resolution(id) {
      const row = db.prepare('SELECT resolution FROM conflicts WHERE id = ?').get(id) as
        { resolution: string | null } | undefined;
      return parseJson<unknown>(row?.resolution, null);
    },
    openCount: () => (db.prepare('SELECT count(*) AS n FROM conflicts WHERE resolved_at IS NULL').get() as { n: number }).n,
  };
}
