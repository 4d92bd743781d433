import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { AppError } from '../../../shared/errors.js';
import { ensurePrivateDir, makePrivate, PRIVATE_FILE_MODE } from '../files.js';
import { MIGRATIONS } from './migrations.js';

export type Db = Database.Database;

/**
 * Opens (creating if needed) the cache in WAL mode and brings its schema up to
 * date. A database written by a newer Worktray is refused, never altered.
 */
export function openDatabase(file: string): Db {
  if (file !== ':memory:') prepareFile(file);
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // SQLite gives -wal and -shm the main file's mode; narrowing them too covers files left by an older version.
  if (file !== ':memory:') for (const suffix of ['', '-wal', '-shm']) makePrivate(`${file}${suffix}`);
  db.pragma('synchronous = NORMAL');
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

/** Creates a new cache file 0600 before SQLite does (SQLite would follow the umask). */
function prepareFile(file: string): void {
  ensurePrivateDir(dirname(file));
  if (!existsSync(file)) closeSync(openSync(file, 'a', PRIVATE_FILE_MODE));
  makePrivate(file);
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
