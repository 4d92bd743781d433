import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createContext } from '../../main/cli/context.js';
import { CACHE_FILE } from '../../main/core/cache/index.js';
import { PROVIDER_IDS, type ProviderId } from '../../shared/model.js';
import { recordRequests, replayGroups, type RecordedRequest } from './recorder.js';
import type { BenchSimulators } from './sims.js';
import { median, timeAsync } from './stats.js';
import { countWrites } from './writeCounter.js';

export interface SyncFigures {
  syncMs: number[];
  floorMs: number[];
  /** The second sync in the same data folder, nothing changed on the servers, and its own floor. */
  resyncMs: number[];
  resyncFloorMs: number[];
  /** Rows the last second sync wrote, per table (the goal: none). */
  resyncWrites: Record<string, number>;
  tasks: number;
  requests: number;
  bytes: number;
  /** The data folder of the last sync, kept for the 100,000-task cache. */
  dataDir: string;
}

/** The core syncs as accounts:add + sync:run do; sync:run runs accounts two at a time. */
const ACCOUNT_CONCURRENCY = 2;

type Context = ReturnType<typeof createContext>;

/** Adds the four accounts to a fresh data folder (not timed) and returns a context ready to sync. */
export async function freshContext(sims: BenchSimulators, providers: readonly ProviderId[] = PROVIDER_IDS): Promise<Context> {
  const ctx = createContext({ dataDir: mkdtempSync(join(tmpdir(), 'worktray-bench-')) });
  for (const provider of providers) await ctx.call('accounts:add', sims.accounts[provider]);
  return ctx;
}

function groupByPort(requests: RecordedRequest[], ports: number[]): RecordedRequest[][] {
  return ports.map((port) => requests.filter((r) => r.port === port));
}

async function timedSync(ctx: Context): Promise<{ ms: number; tasks: number; recorded: RecordedRequest[] }> {
  const recorder = recordRequests();
  let tasks = 0;
  const ms = await timeAsync(async () => {
    const report = await ctx.call('sync:run', {});
    const failed = report.accounts.filter((a) => a.error);
    if (failed.length > 0) throw new Error(`sync failed: ${JSON.stringify(failed.map((a) => a.error))}`);
    tasks = report.accounts.reduce((n, a) => n + a.pulled.tasks, 0);
  });
  return { ms, tasks, recorded: recorder.stop() };
}

/**
 * Figure 1: a full sync into an empty cache, then in the same run the floor:
 * the very requests the sync sent, replayed with bare node:http, bodies read
 * and dropped. Then the same for a second sync of the same data folder, where
 * nothing changed on the servers. Runs alternate so machine noise hits both alike.
 */
export async function benchSync(sims: BenchSimulators, runs: number): Promise<SyncFigures> {
  const ports = PROVIDER_IDS.map((p) => Number(new URL(sims[p].origin).port));
  const figures: SyncFigures = {
    ...{ syncMs: [], floorMs: [], resyncMs: [], resyncFloorMs: [], resyncWrites: {} },
    ...{ tasks: 0, requests: 0, bytes: 0, dataDir: '' },
  };
  for (let run = 0; run < runs; run += 1) {
    const ctx = await freshContext(sims);
    await ctx.core();
    const first = await timedSync(ctx);
    const writes = countWrites(join(ctx.dataDir, CACHE_FILE));
    const second = await timedSync(ctx);
    figures.resyncWrites = writes.stop();
    await ctx.close();
    const groups = groupByPort(first.recorded, ports);
    let bytes = 0;
    figures.floorMs.push(await timeAsync(async () => (bytes = await replayGroups(groups, ACCOUNT_CONCURRENCY))));
    const resyncGroups = groupByPort(second.recorded, ports);
    figures.resyncFloorMs.push(await timeAsync(() => replayGroups(resyncGroups, ACCOUNT_CONCURRENCY)));
    figures.syncMs.push(first.ms);
    figures.resyncMs.push(second.ms);
    Object.assign(figures, { tasks: first.tasks, requests: groups.flat().length, bytes });
    if (figures.dataDir) rmSync(figures.dataDir, { recursive: true, force: true });
    figures.dataDir = ctx.dataDir;
    console.error(
      `  sync run ${run + 1}: ${first.ms.toFixed(0)} ms, floor ${figures.floorMs.at(-1)?.toFixed(0)} ms (${first.tasks} tasks, ` +
        `${groups.flat().length} requests); again: ${second.ms.toFixed(0)} ms, floor ${figures.resyncFloorMs.at(-1)?.toFixed(0)} ms, ` +
        `${figures.resyncWrites.tasks} task rows written`,
    );
  }
  return figures;
}

export const syncRatio = (f: SyncFigures): number => median(f.syncMs) / median(f.floorMs);
export const resyncRatio = (f: SyncFigures): number => median(f.resyncMs) / median(f.resyncFloorMs);
