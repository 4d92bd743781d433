import type { ErrorPayload } from '../../../shared/errors.js';
import type { Db } from './db.js';
import { parseJson } from './json.js';

export type OutboxOp = 'task.create' | 'task.update' | 'task.delete' | 'comment.add' | 'conflict.resolve';
/** `held` waits for the user to settle a conflict on the same item. */
export type OutboxState = 'queued' | 'failed' | 'held';

export interface OutboxEntry {
  id: number;
  accountId: string;
  op: OutboxOp;
  key: string;
  payload: Record<string, unknown>;
  state: OutboxState;
  attempts: number;
  error: ErrorPayload | null;
  firstSentAt: string | null;
  createdAt: string;
}

interface OutboxRow {
  id: number;
  account_id: string;
  op: OutboxOp;
  key: string;
  payload: string;
  state: OutboxState;
  attempts: number;
  error: string | null;
  first_sent_at: string | null;
  created_at: string;
}

const toEntry = (row: OutboxRow): OutboxEntry => ({
  id: row.id,
  accountId: row.account_id,
  op: row.op,
  key: row.key,
  payload: parseJson<Record<string, unknown>>(row.payload, {}),
  state: row.state,
  attempts: row.attempts,
  error: parseJson<ErrorPayload | null>(row.error, null),
  firstSentAt: row.first_sent_at,
  createdAt: row.created_at,
});

export interface OutboxRepo {
  add(entry: { accountId: string; op: OutboxOp; key: string; payload: Record<string, unknown> }): number;
  list(accountId?: string): OutboxEntry[];
  get(id: number): OutboxEntry | null;
  /** The oldest entry of an account that may be sent now (queued, not behind a failed or held one for the same item). */
  next(accountId: string): OutboxEntry | null;
  accountsWithWork(): string[];
  /** Recorded before the request leaves, so a crash mid-send is known on restart. */
  markSending(id: number, at: string): void;
  markFailed(id: number, error: ErrorPayload): void;
  markHeld(key: string): void;
  release(key: string): void;
  requeue(id: number): void;
  updatePayload(id: number, payload: Record<string, unknown>): void;
  remove(id: number): void;
  counts(): { queued: number; failed: number };
}

export function createOutboxRepo(db: Db, now: () => Date): OutboxRepo {
  const get = (id: number): OutboxEntry | null => {
    const row = db.prepare('SELECT * FROM outbox WHERE id = ?').get(id) as OutboxRow | undefined;
    return row ? toEntry(row) : null;
  };
  return {
    add({ accountId, op, key, payload }) {
      const info = db
        .prepare("INSERT INTO outbox (account_id, op, key, payload, state, created_at) VALUES (?, ?, ?, ?, 'queued', ?)")
        .run(accountId, op, key, JSON.stringify(payload), now().toISOString());
      return Number(info.lastInsertRowid);
    },
    list(accountId) {
      const rows = (
        accountId
          ? db.prepare('SELECT * FROM outbox WHERE account_id = ? ORDER BY id').all(accountId)
          : db.prepare('SELECT * FROM outbox ORDER BY id').all()
      ) as OutboxRow[];
      return rows.map(toEntry);
    },
    get,
    next(accountId) {
      // Entries for one item go in order: nothing for a key passes its failed or held predecessor.
      const row = db
        .prepare(
          `SELECT * FROM outbox o WHERE o.account_id = ? AND o.state = 'queued'
           AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.key = o.key AND p.id < o.id AND p.state <> 'queued')
           ORDER BY o.id LIMIT 1`,
        )
        .get(accountId) as OutboxRow | undefined;
      return row ? toEntry(row) : null;
    },
    accountsWithWork: () =>
      (db.prepare("SELECT DISTINCT account_id FROM outbox WHERE state = 'queued'").all() as { account_id: string }[]).map(
        (r) => r.account_id,
      ),
    markSending(id, at) {
      db.prepare('UPDATE outbox SET attempts = attempts + 1, first_sent_at = COALESCE(first_sent_at, ?) WHERE id = ?').run(
        at,
        id,
      );
    },
    markFailed(id, error) {
      db.prepare("UPDATE outbox SET state = 'failed', error = ? WHERE id = ?").run(JSON.stringify(error), id);
    },
    markHeld(key) {
      db.prepare("UPDATE outbox SET state = 'held' WHERE key = ? AND state = 'queued'").run(key);
    },
    release(key) {
      db.prepare("UPDATE outbox SET state = 'queued' WHERE key = ? AND state = 'held'").run(key);
    },
    requeue(id) {
      db.prepare("UPDATE outbox SET state = 'queued', error = NULL WHERE id = ?").run(id);
    },
    updatePayload(id, payload) {
      db.prepare('UPDATE outbox SET payload = ? WHERE id = ?').run(JSON.stringify(payload), id);
    },
    remove(id) {
      db.prepare('DELETE FROM outbox WHERE id = ?').run(id);
    },
    counts() {
      const row = db.prepare("SELECT sum(state <> 'failed') AS queued, sum(state = 'failed') AS failed FROM outbox").get() as {
        queued: number | null;
        failed: number | null;
      };
      return { queued: row.queued ?? 0, failed: row.failed ?? 0 };
    },
  };
}
