/*
 * `npm run bench`: the six figures of the benchmark issue, each the median of
 * several runs, printed as a table (figure, goal, ratio, pass/miss) and written
 * to bench-results.json. Figures are measured, never asserted.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BIG_CACHE_TASKS, copyDataDir, fillCache } from './bigCache.js';
import { benchEdit, editRatio } from './editBench.js';
import { benchHost, rendererBuilt } from './hostBench.js';
import { benchMemory } from './memoryBench.js';
import { printTable, writeResults, type Row } from './report.js';
import { benchSearch, searchRatio } from './searchBench.js';
import { startBenchSimulators } from './sims.js';
import { median, percentile, round } from './stats.js';
import { benchSync, syncRatio } from './syncBench.js';
import { benchWorkity, workityRatio } from './workityBench.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RESULTS = `${ROOT}bench-results.json`;
const PASSPHRASE = 'bench-vault-passphrase';
const RUNS = { sync: 3, workity: 15, edit: 50, conf: 5, search: 200, memory: 2, host: 3 };

const ms = (value: number): string => `${round(value, value < 10 ? 2 : 0)} ms`;
const times = (value: number): string => `${round(value, value < 10 ? 2 : 0)}×`;
const step = (text: string): void => console.error(`bench: ${text}`);

async function main(): Promise<void> {
  const startedAt = new Date();
  process.env.WORKTRAY_PASSPHRASE = PASSPHRASE;
  if (!rendererBuilt()) {
    step('building the renderer (npm run build:renderer)');
    const build = spawnSync('npm', ['run', 'build:renderer'], { cwd: ROOT, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('npm run build:renderer failed');
  }
  const rows: Row[] = [];
  const details: Record<string, unknown> = { runs: RUNS };
  const cleanup: string[] = [];
  const sims = await startBenchSimulators();
  try {
    step(`1. full sync of 20,000 tasks vs the floor (${RUNS.sync} runs)`);
    const sync = await benchSync(sims, RUNS.sync);
    cleanup.push(sync.dataDir);
    const r1 = syncRatio(sync);
    rows.push({
      id: '1',
      figure: `full sync, ${sync.tasks.toLocaleString('en-US')} tasks, ${sync.requests} requests`,
      measured: `${ms(median(sync.syncMs))} (floor ${ms(median(sync.floorMs))})`,
      goal: '≤ 1.3× floor',
      ratio: times(r1),
      pass: r1 <= 1.3,
    });
    details.sync = sync;

    step(`6. Workity GetItems for 500 items vs a raw POST (${RUNS.workity} runs)`);
    const workity = await benchWorkity(sims, RUNS.workity);
    const r6 = workityRatio(workity);
    details.workity = workity;

    step(`building the ${BIG_CACHE_TASKS.toLocaleString('en-US')}-task cache`);
    const big = copyDataDir(sync.dataDir);
    cleanup.push(big);
    details.bigCache = fillCache(big);

    step(`3. full-text search, ${RUNS.search} queries vs a linear scan`);
    const search = benchSearch(big, RUNS.search);
    const p95 = percentile(search.ftsMs, 95);
    const r3 = searchRatio(search);
    details.search = {
      ...search,
      ftsP50: percentile(search.ftsMs, 50),
      ftsP95: p95,
      scanP50: percentile(search.scanMs, 50),
      scanP95: percentile(search.scanMs, 95),
    };

    step(`2. one durable edit vs conf rewriting every task (${RUNS.edit} / ${RUNS.conf} runs)`);
    const editDir = copyDataDir(big);
    cleanup.push(editDir);
    const edit = benchEdit(editDir, RUNS.edit, RUNS.conf);
    const r2 = editRatio(edit);
    details.edit = edit;
    rows.push({
      id: '2',
      figure: `one edit durable, ${edit.tasks.toLocaleString('en-US')} tasks cached`,
      measured: `${ms(median(edit.sqliteMs))} (conf ${ms(median(edit.confMs))})`,
      goal: '≥ 100× faster',
      ratio: times(r2),
      pass: r2 >= 100,
    });
    rows.push({
      id: '3a',
      figure: 'search p50 / p95 (200 queries)',
      measured: `${ms(percentile(search.ftsMs, 50))} / ${ms(p95)}`,
      goal: 'p95 ≤ 10 ms',
      ratio: ms(p95),
      pass: p95 <= 10,
    });
    rows.push({
      id: '3b',
      figure: 'search vs linear scan (p50)',
      measured: `scan ${ms(percentile(search.scanMs, 50))} / ${ms(percentile(search.scanMs, 95))}`,
      goal: '≥ 20× faster',
      ratio: times(r3),
      pass: r3 >= 20,
    });

    step(`4. web host cold start and quick-add in Chromium (${RUNS.host} runs)`);
    const hostDir = copyDataDir(big);
    cleanup.push(hostDir);
    const host = await benchHost(hostDir, RUNS.host, PASSPHRASE);
    details.host = host;
    const cold = median(host.coldStartMs);
    const quick = median(host.quickAddMs);
    rows.push({
      id: '4a',
      figure: 'web host cold start → 50 rows visible',
      measured: `${ms(cold)} (page ${ms(median(host.pageMs))})`,
      goal: '≤ 1000 ms',
      ratio: ms(cold),
      pass: cold <= 1000,
    });
    rows.push({
      id: '4b',
      figure: 'quick-add Enter → row visible',
      measured: ms(quick),
      goal: '≤ 50 ms',
      ratio: ms(quick),
      pass: quick <= 50,
    });

    step(`5. core RSS after a sync and a search, in a child process (${RUNS.memory} runs)`);
    const memDir = copyDataDir(big);
    cleanup.push(memDir);
    const memory = await benchMemory(memDir, RUNS.memory, PASSPHRASE);
    details.memory = memory;
    const rss = median(memory.rssMb);
    rows.push({
      id: '5',
      figure: `core RSS, ${memory.cachedTasks.toLocaleString('en-US')} tasks cached`,
      measured: `${round(rss, 1)} MB`,
      goal: '≤ 150 MB',
      ratio: `${round(rss, 1)} MB`,
      pass: rss <= 150,
    });

    rows.push({
      id: '6',
      figure: `Workity GetItems, ${workity.items} items`,
      measured: `${ms(median(workity.clientMs))} (raw ${ms(median(workity.rawMs))})`,
      goal: '≤ 1.5× raw',
      ratio: times(r6),
      pass: r6 <= 1.5,
    });
  } finally {
    await sims.close();
    for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
  }
  rows.sort((a, b) => a.id.localeCompare(b.id));
  printTable(rows);
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
