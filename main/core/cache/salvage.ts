import Database from 'better-sqlite3';
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE_FILE, openDatabase, type Db } from './db.js';
import { cacheFileProblem } from './integrity.js';

type Row = Record<string, unknown>;

/** What a damaged cache still gave up: the user's own data, the rest comes back from the services. */
interface Salvaged {
  accounts: Row[];
  outbox: Row[];
  /** The tasks the outbox refers to (a task made offline exists nowhere else), and their old keys. */
  tasks: Row[];
  keyAliases: Row[];
}

export interface RepairResult {
  /** Where the damaged file now is; null when the cache was whole and nothing was moved. */
  movedTo: string | null;
  kept: { accounts: number; outbox: number };
}

/**
 * Rebuilds a damaged cache: reads what it can of the accounts and the
 * outbox, moves the file (with its -wal and -shm) aside under a dated name,
 * and writes a new cache holding those rows. Nothing is deleted.
 */
export function repairCache(dataDir: string, now: () => Date = () => new Date()): RepairResult {
  const file = join(dataDir, CACHE_FILE);
  if (!existsSync(file) || (cacheFileProblem(file) === null && opensCleanly(file))) {
    const db = openDatabase(file);
    try {
      return { movedTo: null, kept: { accounts: count(db, 'accounts'), outbox: count(db, 'outbox') } };
    } finally {
      db.close();
    }
  }
  const salvaged = salvage(file);
  const movedTo = `${file}.damaged-${now().toISOString().replace(/[:.]/g, '-')}`;
  for (const suffix of ['-wal', '-shm', '']) {
    if (existsSync(`${file}${suffix}`)) renameSync(`${file}${suffix}`, `${movedTo}${suffix}`);
  }
  const db = openDatabase(file);
  try {
    db.transaction(() => restore(db, salvaged)).immediate();
    return { movedTo, kept: { accounts: count(db, 'accounts'), outbox: count(db, 'outbox') } };
  } finally {
    db.close();
  }
}

function opensCleanly(file: string): boolean {
  try {
    openDatabase(file).close();
    return true;
  } catch {
    return false;
  }
}

function count(db: Db, table: 'accounts' | 'outbox'): number {
  return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
}

/**
 * Reads each table on its own and row by row, keeping what came before a
 * damaged page. It reads a copy: SQLite needs to write beside a WAL-mode
 * file even to read it, and the damaged file is kept exactly as it was.
 */
function salvage(file: string): Salvaged {
  const copy = `${file}.salvage-${process.pid}`;
  try {
    for (const suffix of ['', '-wal']) if (existsSync(`${file}${suffix}`)) copyFileSync(`${file}${suffix}`, `${copy}${suffix}`);
    const db = new Database(copy, { fileMustExist: true });
    // Lets SQLite open a file shorter than its header says (it refuses one otherwise, and defensive mode
    // forbids the pragma); only this throwaway copy is opened so, and nothing is written to it.
    db.unsafeMode(true);
    db.pragma('writable_schema = ON');
    try {
      const outbox = readRows(db, 'SELECT * FROM outbox ORDER BY id');
      const keys = new Set(outbox.map((row) => String(row.key)));
      return {
        accounts: readRows(db, 'SELECT * FROM accounts'),
        outbox,
        tasks: readRows(db, 'SELECT * FROM tasks').filter((row) => keys.has(String(row.key))),
        keyAliases: readRows(db, 'SELECT * FROM key_aliases'),
      };
    } finally {
      db.close();
    }
  } catch {
    return { accounts: [], outbox: [], tasks: [], keyAliases: [] };
  } finally {
    for (const suffix of ['', '-wal', '-shm']) rmSync(`${copy}${suffix}`, { force: true });
  }
}

function readRows(db: Db, sql: string): Row[] {
  const rows: Row[] = [];
  try {
    for (const row of db.prepare(sql).iterate()) rows.push(row as Row);
  } catch {
    // A damaged page ends the table here; the rows before it are kept.
  }
  return rows;
}

/** Puts the kept rows in the new cache; an outbox entry or task whose account was lost cannot be sent and is left out. */
function restore(db: Db, salvaged: Salvaged): void {
  insertRows(db, 'accounts', salvaged.accounts);
  const accounts = new Set(salvaged.accounts.map((row) => String(row.id)));
  const ofKeptAccount = (row: Row): boolean => accounts.has(String(row.account_id));
  insertRows(db, 'tasks', salvaged.tasks.filter(ofKeptAccount));
  insertRows(db, 'outbox', salvaged.outbox.filter(ofKeptAccount));
  insertRows(db, 'key_aliases', salvaged.keyAliases);
}

function insertRows(db: Db, table: string, rows: Row[]): void {
  const columns = new Set((db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name));
  for (const row of rows) {
    const names = Object.keys(row).filter((name) => columns.has(name));
    const quoted = names.map((name) => `"${name}"`).join(', ');
    try {
      db.prepare(`INSERT OR IGNORE INTO ${table} (${quoted}) VALUES (${names.map(() => '?').join(', ')})`).run(
        ...names.map((name) => row[name]),
      );
    } catch {
      // A row whose damaged values break the schema's checks is not worth failing the whole repair for.
    }
  }
}
