import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { closeSync, existsSync, linkSync, openSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../../../shared/errors.js';
import { ensurePrivateDir, makePrivate, PRIVATE_FILE_MODE } from '../files.js';
import { BUSY_TIMEOUT_MS, guardBusy } from './busy.js';
import { cacheFileProblem, damagedCacheError, isDamageError } from './integrity.js';
import { MIGRATIONS } from './migrations.js';

export type Db = Database.Database;

export const CACHE_FILE = 'cache.db';

/**
 * Opens (creating if needed) the cache in WAL mode and brings its schema up to
 * date. A database written by a newer Worktray is refused, never altered; so
 * is a damaged one (empty, truncated, not a database): it holds the user's
 * accounts and unsent changes, so it is never silently replaced by a new one.
 */
export function openDatabase(file: string): Db {
  if (file === ':memory:') return configure(new Database(file));
  ensurePrivateDir(dirname(file));
  if (!existsSync(file)) createDatabase(file);
  const problem = cacheFileProblem(file);
  if (problem) throw damagedCacheError(file, problem);
  let db: Db | null = null;
  try {
    db = configure(new Database(file, { timeout: BUSY_TIMEOUT_MS, fileMustExist: true }));
    // SQLite gives -wal and -shm the main file's mode; narrowing them too covers files left by an older version.
    for (const suffix of ['', '-wal', '-shm']) makePrivate(`${file}${suffix}`);
    return db;
  } catch (error) {
    db?.close();
    throw isDamageError(error) ? damagedCacheError(file, 'SQLite cannot read it as a database') : error;
  }
}

function configure(db: Db): Db {
  guardBusy(db);
  try {
    db.pragma('journal_mode = WAL');
    // FULL, on purpose, for everything a person does. In WAL mode a commit appends to the -wal file;
    // with NORMAL that file is fsynced only at checkpoints, so a power cut or OS crash (not an app crash:
    // those lose nothing either way) can undo the transactions committed since the last checkpoint: the
    // file stays consistent, but an edit the user saw saved, and its outbox entry, may be gone, and the
    // outbox is the only copy of a change the server has not got yet. FULL fsyncs the -wal at every
    // commit, so what committed survives a power cut; it costs one fsync per transaction (~1-10 ms).
    // A pull's pages are the exception (withoutCommitSync): they hold only what a server sent, so a
    // power cut can cost at most pages the next sync fetches again, and the next FULL commit fsyncs
    // them along with its own frames. That spares a full sync one fsync per page.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Runs `fn` (one whole transaction, never inside another) with commits that do
 * not wait for the disk: only for writes of what a server sent, see configure().
 * Synchronous, so no other write of this connection can slip in between.
 */
export function withoutCommitSync<T>(db: Db, fn: () => T): T {
  db.pragma('synchronous = NORMAL');
  try {
    return fn();
  } finally {
    db.pragma('synchronous = FULL');
  }
}

/**
 * A new cache is made whole under a temporary name, 0600 from the start, and
 * linked into place; so no process ever sees a half-made cache.db, and of two
 * processes creating it at once one wins and the other opens the winner's.
 */
function createDatabase(file: string): void {
  const temp = `${file}.new-${process.pid}-${randomUUID()}`;
  closeSync(openSync(temp, 'wx', PRIVATE_FILE_MODE));
  try {
    configure(new Database(temp, { timeout: BUSY_TIMEOUT_MS })).close();
    makePrivate(temp);
    linkSync(temp, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${temp}${suffix}`, { force: true });
  }
}

/** Migrates inside one immediate transaction: two processes opening a new cache at once cannot both apply a step. */
export function migrate(db: Db): void {
  const version = (): number => db.pragma('user_version', { simple: true }) as number;
  if (version() === MIGRATIONS.length) return;
  db.transaction(() => migrateFrom(db, version())).immediate();
}

function migrateFrom(db: Db, current: number): void {
  if (current > MIGRATIONS.length) {
    throw new AppError(
      'validation',
      `The cache at ${db.name} was written by a newer Worktray (schema ${current}, this version knows ${MIGRATIONS.length}). Update Worktray or choose another --data-dir; the file was left untouched.`,
      { field: 'data-dir' },
    );
  }
  for (let version = current + 1; version <= MIGRATIONS.length; version += 1) {
    db.exec(MIGRATIONS[version - 1] as string);
    db.pragma(`user_version = ${version}`);
  }
}

export function schemaVersion(): number {
  return MIGRATIONS.length;
}
