import { join } from 'node:path';
import { createAccountsRepo, type AccountsRepo } from './accountsRepo.js';
import { createConflictsRepo, type ConflictsRepo } from './conflictsRepo.js';
import { openDatabase, type Db } from './db.js';
import { createOutboxRepo, type OutboxRepo } from './outboxRepo.js';
import { createRecordsRepo, type RecordsRepo } from './recordsRepo.js';
import { createSyncStateRepo, type SyncStateRepo } from './syncStateRepo.js';
import { createTasksRepo, type TasksRepo } from './tasksRepo.js';

/** The local cache: one SQLite file, one repository per table group. */
export interface Cache {
  db: Db;
  accounts: AccountsRepo;
  tasks: TasksRepo;
  records: RecordsRepo;
  outbox: OutboxRepo;
  conflicts: ConflictsRepo;
  syncState: SyncStateRepo;
  /** Runs `fn` in one transaction: all of it lands, or none. */
  transaction<T>(fn: () => T): T;
  close(): void;
}

export const CACHE_FILE = 'cache.db';

/** `zone` is the user's IANA zone for "today" (the process's own when left out). */
export function openCache(dataDir: string, now: () => Date = () => new Date(), zone?: string): Cache {
  const db = openDatabase(dataDir === ':memory:' ? ':memory:' : join(dataDir, CACHE_FILE));
  return {
    db,
    accounts: createAccountsRepo(db),
    tasks: createTasksRepo(db, now, zone),
    records: createRecordsRepo(db),
    outbox: createOutboxRepo(db, now),
    conflicts: createConflictsRepo(db, now),
    syncState: createSyncStateRepo(db),
    transaction: <T>(fn: () => T): T => db.transaction(fn)(),
    close: () => db.close(),
  };
}
