import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../../../shared/errors.js';
import { MIGRATIONS } from './migrations.js';

export type Db = Database.Database;

/**
 * Opens (creating if needed) the cache in WAL mode and brings its schema up to
 * date. A database written by a newer Worktray is refused, never altered.
 */
export function openDatabase(file: string): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // FULL, on purpose. In WAL mode a commit appends to the -wal file; with NORMAL that file is fsynced
  // only at checkpoints, so a power cut or OS crash (not an app crash: those lose nothing either way)
  // can undo the last transactions committed since the last checkpoint: the file stays consistent,
  // but an edit the user saw saved, and its outbox entry, may be gone, and the outbox is the only copy
  // of a change the server has not got yet. FULL fsyncs the -wal at every commit, so what committed
  // survives a power cut; it costs one fsync per transaction, which a sync pays once per page.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  try {
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

export function migrate(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > MIGRATIONS.length) {
    throw new AppError(
      'validation',
      `The cache at ${db.name} was written by a newer Worktray (schema ${current}, this version knows ${MIGRATIONS.length}). Update Worktray or choose another --data-dir; the file was left untouched.`,
      { field: 'data-dir' },
    );
  }
  for (let version = current + 1; version <= MIGRATIONS.length; version += 1) {
    const sql = MIGRATIONS[version - 1] as string;
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${version}`);
    })();
  }
}

export function schemaVersion(): number {
  return MIGRATIONS.length;
}
