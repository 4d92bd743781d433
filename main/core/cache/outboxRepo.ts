import { AppError, ErrorPayloadSchema, type ErrorPayload } from '../../../shared/errors.js';
import type { Db } from './db.js';
import { parseJson } from './json.js';
import { DAMAGED_ENTRY_MESSAGE, OutboxChangeSchema, readChange, type DamagedChange, type OutboxChange } from './outboxChange.js';

export type { OutboxChange, OutboxOp, PayloadOf } from './outboxChange.js';
/** `held` waits for the user to settle a conflict on the same item. */
export type OutboxState = 'queued' | 'failed' | 'held';

interface EntryMeta {
  id: number;
  accountId: string;
  key: string;
  state: OutboxState;
  attempts: number;
  error: ErrorPayload | null;
  /** Set before a request first leaves: from then on the outcome of an earlier attempt is checked before resending. */
  firstSentAt: string | null;
  createdAt: string;
}

/** A queued change as read back; `op: 'damaged'` when the stored row no longer parses. */
export type OutboxEntry = EntryMeta & (OutboxChange | DamagedChange);
/** An entry that parsed: the only kind the pusher ever sends. */
export type SoundEntry = EntryMeta & OutboxChange;
/** A sound entry of one operation, with that operation's payload. */
export type EntryOf<O extends OutboxChange['op']> = EntryMeta & Extract<OutboxChange, { op: O }>;

interface OutboxRow {
  id: number;
  account_id: string;
  op: string;
  key: string;
  payload: string;
  state: OutboxState;
  attempts: number;
  error: string | null;
  first_sent_at: string | null;
  created_at: string;
}

export const damagedEntryError = (): ErrorPayload =>
  new AppError('validation', DAMAGED_ENTRY_MESSAGE, { providerCode: 'damaged entry', field: 'payload' }).toPayload();

/** What goes in is checked like what comes out, so a bad change is refused before it is stored. */
function checked(change: unknown): OutboxChange {
  const parsed = OutboxChangeSchema.safeParse(change);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new AppError(
    'validation',
    `This change cannot be queued: ${issue?.path.join('.') || 'payload'} ${issue?.message ?? ''}`.trim(),
    {
      field: issue?.path.join('.') || 'payload',
    },
  );
}

export interface OutboxRepo {
  add(entry: { accountId: string; key: string } & OutboxChange): number;
  list(accountId?: string): OutboxEntry[];
  get(id: number): OutboxEntry | null;
  /** The oldest entry of an account that may be sent now (queued, sound, not behind a failed or held one for the same item). */
  next(accountId: string): SoundEntry | null;
  accountsWithWork(): string[];
  /** Recorded before the request leaves, so a crash or a lost reply is known on the next attempt. */
  markSending(id: number, at: string): void;
  markFailed(id: number, error: ErrorPayload): void;
  /** Keeps the entry queued with the reason it is still waiting (the next push checks before resending). */
  markWaiting(id: number, error: ErrorPayload): void;
  markHeld(key: string): void;
  release(key: string): void;
  requeue(id: number): void;
  /** Turns an entry into another change in place, keeping its place in the queue. */
  rewrite(id: number, change: OutboxChange): void;
  remove(id: number): void;
  counts(): { queued: number; failed: number };
}

export function createOutboxRepo(db: Db, now: () => Date): OutboxRepo {
  const markFailed = (id: number, error: ErrorPayload): void => {
    db.prepare("UPDATE outbox SET state = 'failed', error = ? WHERE id = ?").run(JSON.stringify(error), id);
  };
  // Parsed on every read: a damaged row is failed where it is found, so nothing downstream can send it.
  const toEntry = (row: OutboxRow): OutboxEntry => {
    const change = readChange(row.op, row.payload);
    let { state } = row;
    let error = parseJson(row.error, null, ErrorPayloadSchema.nullable());
    if (change.op === 'damaged' && state !== 'failed') {
      error = damagedEntryError();
      state = 'failed';
      markFailed(row.id, error);
    }
    return {
      id: row.id,
      accountId: row.account_id,
      key: row.key,
      state,
      attempts: row.attempts,
      error,
      firstSentAt: row.first_sent_at,
      createdAt: row.created_at,
      ...change,
    };
  };
  const get = (id: number): OutboxEntry | null => {
    const row = db.prepare('SELECT * FROM outbox WHERE id = ?').get(id) as OutboxRow | undefined;
    return row ? toEntry(row) : null;
  };
  const nextRow = db.prepare(
    // Entries for one item go in order: nothing for a key passes its failed or held predecessor.
    `SELECT * FROM outbox o WHERE o.account_id = ? AND o.state = 'queued'
     AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.key = o.key AND p.id < o.id AND p.state <> 'queued')
     ORDER BY o.id LIMIT 1`,
  );
  return {
    add({ accountId, key, ...change }) {
      const { op, payload } = checked(change);
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
      for (;;) {
        const row = nextRow.get(accountId) as OutboxRow | undefined;
        if (!row) return null;
        const entry = toEntry(row);
        // A damaged row was just failed by toEntry, so the query moves past it.
        if (entry.op !== 'damaged') return entry;
      }
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
    markFailed,
    markWaiting(id, error) {
      db.prepare('UPDATE outbox SET error = ? WHERE id = ?').run(JSON.stringify(error), id);
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
    rewrite(id, change) {
      const { op, payload } = checked(change);
      db.prepare('UPDATE outbox SET op = ?, payload = ?, first_sent_at = NULL WHERE id = ?').run(op, JSON.stringify(payload), id);
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
