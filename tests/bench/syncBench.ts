import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createContext } from '../../main/cli/context.js';
import { PROVIDER_IDS } from '../../shared/model.js';
import { recordRequests, replayGroups, type RecordedRequest } from './recorder.js';
import type { BenchSimulators } from './sims.js';
import { median, timeAsync } from './stats.js';

export interface SyncFigures {
  syncMs: number[];
  floorMs: number[];
  tasks: number;
  requests: number;
  bytes: number;
  /** The data folder of the last sync, kept for the 100,000-task cache. */
  dataDir: string;
}

/** The core syncs as accounts:add + sync:run do; sync:run runs accounts two at a time. */
const ACCOUNT_CONCURRENCY = 2;

/** Adds the four accounts to a fresh data folder (not timed) and returns a context ready to sync. */
export async function freshContext(sims: BenchSimulators): Promise<ReturnType<typeof createContext>> {
  const ctx = createContext({ dataDir: mkdtempSync(join(tmpdir(), 'worktray-bench-')) });
  for (const provider of PROVIDER_IDS) await ctx.call('accounts:add', sims.accounts[provider]);
  return ctx;
}

function groupByPort(requests: RecordedRequest[], ports: number[]): RecordedRequest[][] {
  return ports.map((port) => requests.filter((r) => r.port === port));
}

/**
 * Figure 1: a full sync into an empty cache, then in the same run the floor:
 * the very requests the sync sent, replayed with bare node:http, bodies read
 * and dropped. Runs alternate so machine noise hits both alike.
 */
export async function benchSync(sims: BenchSimulators, runs: number): Promise<SyncFigures> {
  const ports = PROVIDER_IDS.map((p) => Number(new URL(sims[p].origin).port));
  const figures: SyncFigures = { syncMs: [], floorMs: [], tasks: 0, requests: 0, bytes: 0, dataDir: '' };
  for (let run = 0; run < runs; run += 1) {
    const ctx = await freshContext(sims);
    await ctx.core();
    const recorder = recordRequests();
    let tasks = 0;
    const syncMs = await timeAsync(async () => {
      const report = await ctx.call('sync:run', {});
      const failed = report.accounts.filter((a) => a.error);
      if (failed.length > 0) throw new Error(`sync failed: ${JSON.stringify(failed.map((a) => a.error))}`);
      tasks = report.accounts.reduce((n, a) => n + a.pulled.tasks, 0);
    });
    const recorded = recorder.stop();
    await ctx.close();
    const groups = groupByPort(recorded, ports);
    let bytes = 0;
    const floorMs = await timeAsync(async () => {
      bytes = await replayGroups(groups, ACCOUNT_CONCURRENCY);
    });
    figures.syncMs.push(syncMs);
    figures.floorMs.push(floorMs);
    Object.assign(figures, { tasks, requests: groups.flat().length, bytes });
    if (figures.dataDir) rmSync(figures.dataDir, { recursive: true, force: true });
    figures.dataDir = ctx.dataDir;
    console.error(
      `  sync run ${run + 1}: ${syncMs.toFixed(0)} ms, floor ${floorMs.toFixed(0)} ms (${tasks} tasks, ${groups.flat().length} requests)`,
    );
  }
  return figures;
}

export const syncRatio = (f: SyncFigures): number => median(f.syncMs) / median(f.floorMs);
