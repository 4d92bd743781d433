/** The printed and written figures, one builder per part of the benchmark; every pass/miss comes from figure(). */
import { editRatio, type EditFigures } from './editBench.js';
import type { HostFigures } from './hostBench.js';
import type { MemoryFigures } from './memoryBench.js';
import { figure, formatValue, type Figure } from './report.js';
import { perRound, searchRatio, type SearchFigures } from './searchBench.js';
import { median } from './stats.js';
import { resyncRatio, syncRatio, type SyncFigures } from './syncBench.js';
import { workityRatio, type WorkityFigures } from './workityBench.js';

const ms = (value: number): string => formatValue(value, 'ms');

export function syncFigures(sync: SyncFigures): Figure[] {
  const written = Object.entries(sync.resyncWrites)
    .filter(([, n]) => n > 0)
    .map(([table, n]) => `${n} ${table}`);
  return [
    figure({
      id: '1a',
      figure: `full sync, ${sync.tasks.toLocaleString('en-US')} tasks, ${sync.requests} requests`,
      measured: `${ms(median(sync.syncMs))} (floor ${ms(median(sync.floorMs))})`,
      value: syncRatio(sync),
      unit: 'x',
      // The goal; 1.3× is the long-term one (and the second sync's).
      goal: 2,
      comparison: '<=',
    }),
    figure({
      id: '1b',
      figure: 'second sync, nothing changed on the servers',
      measured: `${ms(median(sync.resyncMs))} (floor ${ms(median(sync.resyncFloorMs))})`,
      value: resyncRatio(sync),
      unit: 'x',
      goal: 1.3,
      comparison: '<=',
      note: `rows the last second sync wrote: ${written.length > 0 ? written.join(', ') : 'none'}`,
    }),
  ];
}

export function editFigure(edit: EditFigures): Figure {
  return figure({
    id: '2',
    figure: `one edit durable, ${edit.tasks.toLocaleString('en-US')} tasks cached`,
    measured: `${ms(median(edit.sqliteMs))} (conf ${ms(median(edit.confMs))})`,
    value: editRatio(edit),
    unit: 'x',
    goal: 100,
    comparison: '>=',
    note:
      `both sides fsync before returning: SQLite in WAL mode with synchronous=${edit.sqliteSynchronous === 2 ? 'FULL' : edit.sqliteSynchronous} ` +
      `(the WAL fsynced at every commit); conf's atomic write fsyncs the new ${Math.round(edit.confFileBytes / 1e6)} MB file before the rename`,
  });
}

export function searchFigures(search: SearchFigures): Figure[] {
  return [
    figure({
      id: '3a',
      figure: `search p95 (${search.queries} queries, ${search.over10k} of them over 10,000 rows)`,
      measured: `p50 ${ms(perRound(search.ftsMs, 50))} / p95 ${ms(perRound(search.ftsMs, 95))} (${search.ftsMs.length} rounds)`,
      value: perRound(search.ftsMs, 95),
      unit: 'ms',
      goal: 10,
      comparison: '<=',
      note: `${search.capped} of ${search.queries} listings stopped counting at 1,000 ("1,000+")`,
    }),
    figure({
      id: '3b',
      figure: 'search vs linear scan in memory (p50)',
      measured: `scan p50 ${ms(perRound(search.scanMs, 50))} / p95 ${ms(perRound(search.scanMs, 95))}`,
      value: searchRatio(search),
      unit: 'x',
      goal: 20,
      comparison: '>=',
    }),
  ];
}

export function hostFigures(host: HostFigures): Figure[] {
  const cold = median(host.coldStartMs);
  return [
    figure({
      id: '4a',
      figure: 'web host cold start → 50 rows visible',
      measured: `${ms(cold)} (page ${ms(median(host.pageMs))})`,
      value: cold,
      unit: 'ms',
      goal: 1000,
      comparison: '<=',
    }),
    figure({
      id: '4b',
      figure: 'quick-add Enter → row visible',
      measured: ms(median(host.quickAddMs)),
      value: median(host.quickAddMs),
      unit: 'ms',
      goal: 50,
      comparison: '<=',
    }),
    figure({
      id: '8a',
      figure: 'scroll the list 2 s at 60 steps/s: p95 frame time',
      measured: `${ms(median(host.scrollP95Ms))} (${median(host.scrollFrames)} frames; raw ${ms(median(host.scrollRawP95Ms))}, period ${ms(median(host.scrollPeriodMs))})`,
      value: median(host.scrollP95Ms),
      unit: 'ms',
      goal: 16.7,
      comparison: '<=',
    }),
    figure({
      id: '8b',
      figure: 'scroll the list: longest run of frames with blank rows',
      measured: `${Math.max(...host.scrollBlankFrames)} frames (worst run)`,
      value: Math.max(...host.scrollBlankFrames),
      unit: 'frames',
      goal: 1,
      comparison: '<=',
    }),
  ];
}

export function memoryFigure(memory: MemoryFigures): Figure {
  const rss = median(memory.rssMb);
  return figure({
    id: '5',
    figure: `core RSS, ${memory.cachedTasks.toLocaleString('en-US')} tasks cached`,
    measured: formatValue(rss, 'MB'),
    value: rss,
    unit: 'MB',
    goal: 150,
    comparison: '<=',
  });
}

export function workityFigure(workity: WorkityFigures): Figure {
  return figure({
    id: '6',
    figure: `Workity GetItems, ${workity.items} items`,
    measured: `${ms(median(workity.clientMs))} (raw ${ms(median(workity.rawMs))})`,
    value: workityRatio(workity),
    unit: 'x',
    goal: 1.5,
    comparison: '<=',
  });
}
