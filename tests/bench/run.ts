/*
 * `npm run bench`: the figures of the benchmark issue, each the median of
 * several runs, printed as a table (figure, goal, value, pass/miss) and written
 * to bench-results.json, where every figure has numeric `value` and `goal`, its
 * `unit`, `comparison` ("<=" or ">=") and `pass`. Figures are measured, never
 * asserted.
 *
 * `npm run bench -- --only search` builds the same 100,000-task cache (one sync
 * of the same four simulators, then the made-up rows) and runs only figures 1
 * (from that one sync run) and 3, writing bench-results.search.json; `--only host`
 * builds it the same way and runs figures 4 and 8 (cold start, quick-add,
 * scrolling), writing bench-results.host.json. Both are for working on one
 * figure; the README's table comes from the full run.
 */
// The core's own heap settings (main/core/heap.ts), so figures 1 and 5 time and weigh the core as the app runs it.
import '../../main/core/heap.js';
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BIG_CACHE_TASKS, copyDataDir, fillCache } from './bigCache.js';
import { benchEdit } from './editBench.js';
import { editFigure, hostFigures, memoryFigure, searchFigures, syncFigures, workityFigure } from './figures.js';
import { benchHost, rendererBuilt } from './hostBench.js';
import { benchMemory } from './memoryBench.js';
import { printTable, writeResults, type Figure } from './report.js';
import { benchSearch, perRound } from './searchBench.js';
import { startBenchSimulators } from './sims.js';
import { round } from './stats.js';
import { benchSync } from './syncBench.js';
import { printSyncPhases, profileSync, type SyncPhases } from './syncProfile.js';
import { benchWorkity, type WorkityFigures } from './workityBench.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PASSPHRASE = 'bench-vault-passphrase';
const RUNS = { sync: 3, workity: 15, edit: 50, conf: 5, search: 200, searchRounds: 5, memory: 2, host: 3 };
const ONLY = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
const RESULTS = `${ROOT}bench-results${ONLY ? `.${ONLY}` : ''}.json`;

const step = (text: string): void => console.error(`bench: ${text}`);

async function main(): Promise<void> {
  if (ONLY !== undefined && ONLY !== 'search' && ONLY !== 'host')
    throw new Error(`--only knows "search" and "host", not "${ONLY}"`);
  const startedAt = new Date();
  process.env.WORKTRAY_PASSPHRASE = PASSPHRASE;
  if (ONLY !== 'search') {
    // The host and memory figures spawn bin/worktray.mjs, which runs the sources through tsx when the
    // bundle is older than them: build it, so they always measure the production path.
    step('building the CLI bundle (npm run build:cli)');
    const cli = spawnSync('npm', ['run', '--silent', 'build:cli'], { cwd: ROOT, stdio: 'inherit' });
    if (cli.status !== 0) throw new Error('npm run build:cli failed');
  }
  if (ONLY !== 'search' && !rendererBuilt()) {
    step('building the renderer (npm run build:renderer)');
    const build = spawnSync('npm', ['run', 'build:renderer'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('npm run build:renderer failed');
  }
  const rows: Figure[] = [];
  const details: Record<string, unknown> = {
    runs:
      ONLY === 'search'
        ? { sync: 1, search: RUNS.search, searchRounds: RUNS.searchRounds }
        : ONLY === 'host'
          ? { sync: 1, host: RUNS.host }
          : RUNS,
    only: ONLY ?? null,
  };
  const cleanup: string[] = [];
  const sims = await startBenchSimulators();
  try {
    step(`1. full sync of 20,000 tasks vs the floor, then again with nothing changed (${ONLY ? 1 : RUNS.sync} runs)`);
    const sync = await benchSync(sims, ONLY ? 1 : RUNS.sync);
    cleanup.push(sync.dataDir);
    details.sync = sync;
    rows.push(...syncFigures(sync));
    if (!ONLY) {
      step('1. where a full sync spends its time: one profiled sync per provider');
      details.syncPhases = await profileSync(sims);
    }

    let workity: WorkityFigures | null = null;
    if (!ONLY) {
      step(`6. Workity GetItems for 500 items vs a raw POST (${RUNS.workity} runs)`);
      workity = await benchWorkity(sims, RUNS.workity);
    }
    details.workity = workity;

    step(`building the ${BIG_CACHE_TASKS.toLocaleString('en-US')}-task cache`);
    const big = copyDataDir(sync.dataDir);
    cleanup.push(big);
    details.bigCache = fillCache(big);

    if (ONLY !== 'host') {
      step(`3. full-text search, ${RUNS.search} queries vs a linear scan, ${RUNS.searchRounds} rounds`);
      const search = benchSearch(big, RUNS.search, RUNS.searchRounds);
      details.search = { ...search, ftsP50: perRound(search.ftsMs, 50), ftsP95: perRound(search.ftsMs, 95) };
      rows.push(...searchFigures(search));
    }
    if (ONLY === 'host') {
      step(`4. web host cold start and quick-add in Chromium (${RUNS.host} runs)`);
      const host = await benchHost(big, RUNS.host, PASSPHRASE);
      details.host = host;
      rows.push(...hostFigures(host));
    }
    if (!ONLY) {
      step(`2. one durable edit vs conf rewriting every task (${RUNS.edit} / ${RUNS.conf} runs)`);
      const editDir = copyDataDir(big);
      cleanup.push(editDir);
      const edit = benchEdit(editDir, RUNS.edit, RUNS.conf);
      details.edit = edit;
      rows.push(editFigure(edit));

      step(`4. web host cold start and quick-add in Chromium (${RUNS.host} runs)`);
      const hostDir = copyDataDir(big);
      cleanup.push(hostDir);
      const host = await benchHost(hostDir, RUNS.host, PASSPHRASE);
      details.host = host;
      rows.push(...hostFigures(host));

      step(`5. core RSS after a sync and a search, in a child process (${RUNS.memory} runs)`);
      const memDir = copyDataDir(big);
      cleanup.push(memDir);
      const memory = await benchMemory(memDir, RUNS.memory, PASSPHRASE);
      details.memory = memory;
      rows.push(memoryFigure(memory));
      if (workity) rows.push(workityFigure(workity));
    }
  } finally {
    await sims.close();
    for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
  }
  rows.sort((a, b) => a.id.localeCompare(b.id));
  printTable(rows);
  if (details.syncPhases) printSyncPhases(details.syncPhases as Record<string, SyncPhases>);
  writeResults(RESULTS, rows, details, startedAt);
  console.log(`\nwrote ${RESULTS} in ${round((Date.now() - startedAt.getTime()) / 1000, 0)} s`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
