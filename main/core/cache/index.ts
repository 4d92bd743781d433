import { join } from 'node:path';
import { createAccountsRepo, type AccountsRepo } from './accountsRepo.js';
import { createConflictsRepo, type ConflictsRepo } from './conflictsRepo.js';
import { busyError, isBusy } from './busy.js';
import { CACHE_FILE, openDatabase, withoutCommitSync, type Db } from './db.js';
import { createLocksRepo, type LocksRepo } from './locksRepo.js';
import { createMembersRepo, type MembersRepo } from './membersRepo.js';
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
  locks: LocksRepo;
  members: MembersRepo;
  /**
   * Runs `fn` in one write transaction: all of it lands, or none. It starts
   * IMMEDIATE, taking the write lock up front: a deferred one that read first
   * could not upgrade once another process had written, and would fail busy
   * instead of waiting its turn.
   */
  transaction<T>(fn: () => T): T;
  /**
   * A transaction that writes only what a server sent (a pull's page): it
   * commits without waiting for the disk (db.ts says why that is safe).
   */
  serverTransaction<T>(fn: () => T): T;
  close(): void;
}

export { CACHE_FILE };

/** `zone` is the user's IANA zone for "today" (the process's own when left out). */
export function openCache(dataDir: string, now: () => Date = () => new Date(), zone?: string): Cache {
  const db = openDatabase(dataDir === ':memory:' ? ':memory:' : join(dataDir, CACHE_FILE));
  const transaction = <T>(fn: () => T): T => {
    try {
      return db.transaction(fn).immediate();
    } catch (error) {
      throw isBusy(error) ? busyError(db.name) : error;
    }
  };
  return {
    db,
    accounts: createAccountsRepo(db),
    tasks: createTasksRepo(db, now, zone),
    records: createRecordsRepo(db),
    outbox: createOutboxRepo(db, now),
    conflicts: createConflictsRepo(db, now),
    syncState: createSyncStateRepo(db),
    locks: createLocksRepo(db),
    members: createMembersRepo(db),
    transaction,
    serverTransaction: (fn) => withoutCommitSync(db, () => transaction(fn)),
    close: () => db.close(),
  };
}
