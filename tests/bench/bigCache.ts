import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCache } from '../../main/core/cache/index.js';
import { recordKey, type Task, type TaskStatus } from '../../shared/model.js';
import { makeDetails, makeTitle, random } from './corpus.js';

export const BIG_CACHE_TASKS = 100_000;
const DAY_MS = 86_400_000;

/** A copy of a data folder (cache, vault, settings) that a benchmark may change freely. */
export function copyDataDir(source: string): string {
  const target = mkdtempSync(join(tmpdir(), 'worktray-bench-copy-'));
  cpSync(source, target, { recursive: true });
  return target;
}

/**
 * Turns a synced data folder into a 100,000-task cache: the synced tasks stay,
 * the rest are made up and written straight into SQLite in one transaction,
 * in projects the simulators do not know (so a later sync keeps them).
 */
export function fillCache(dataDir: string, total = BIG_CACHE_TASKS): { tasks: number; ms: number } {
  const started = performance.now();
  const cache = openCache(dataDir);
  try {
    const accounts = cache.accounts.list();
    const existing = cache.tasks.count({ status: 'all' });
    const rnd = random(7);
    const now = Date.now();
    cache.transaction(() => {
      for (let n = 1; n <= total - existing; n += 1) {
        const account = accounts[n % accounts.length];
        if (!account) throw new Error('the data folder has no accounts');
        cache.tasks.insertLocal(syntheticTask(account.provider, account.id, n, rnd, now));
      }
    });
    return { tasks: cache.tasks.count({ status: 'all' }), ms: performance.now() - started };
  } finally {
    cache.close();
  }
}

export function syntheticTask(provider: Task['provider'], accountId: string, n: number, rnd: () => number, now: number): Task {
  const roll = rnd();
  const status: TaskStatus = roll < 0.65 ? 'open' : roll < 0.8 ? 'doing' : 'done';
  const updatedAt = new Date(now - Math.floor(rnd() * 90 * DAY_MS) - 60_000).toISOString();
  return {
    key: recordKey(provider, accountId, 'task', `bench-${n}`),
    provider,
    accountId,
    projectRemoteId: `bench-project-${n % 12}`,
    remoteId: `bench-${n}`,
    parentRemoteId: null,
    title: makeTitle(rnd, n),
    details: makeDetails(rnd),
    status,
    rawStatus: status,
    priority: Math.floor(rnd() * 4),
    dueDate: rnd() < 0.4 ? new Date(now + Math.floor((rnd() - 0.3) * 60) * DAY_MS).toISOString().slice(0, 10) : null,
    assignees: rnd() < 0.5 ? ['Alice Example'] : ['Bob Example', 'Carol Example'],
    tags: rnd() < 0.2 ? ['bench'] : [],
    isMine: rnd() < 0.4,
    revision: updatedAt,
    updatedAt,
    extras: {},
    pending: false,
    conflict: false,
  };
}
