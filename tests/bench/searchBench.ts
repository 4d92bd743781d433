import { openCache } from '../../main/core/cache/index.js';
import { makeQueries } from './corpus.js';
import { percentile, timeSync } from './stats.js';

export interface SearchFigures {
  queries: number;
  ftsMs: number[];
  scanMs: number[];
  /** Queries where the scan found a different number of rows (the scan matches substrings, FTS words and prefixes). */
  totalsDiffer: number;
}

interface ScanRow {
  text: string;
  order: string;
  key: string;
}

const LIMIT = 200;

/** The floor: every row in memory, lower-cased once; a query filters all of them, counts, sorts the hits and takes a page. */
function scan(rows: ScanRow[], words: string[]): { total: number; keys: string[] } {
  const hits = rows.filter((row) => words.every((word) => row.text.includes(word)));
  hits.sort((a, b) => (a.order < b.order ? 1 : a.order > b.order ? -1 : a.key < b.key ? -1 : 1));
  return { total: hits.length, keys: hits.slice(0, LIMIT).map((h) => h.key) };
}

const words = (query: string): string[] =>
  query
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}_]+/u)
    .filter(Boolean);

/** Figure 3: tasksRepo.list({ search }) over the 100,000-task cache, against a linear scan of the same rows in memory. */
export function benchSearch(dataDir: string, count: number): SearchFigures {
  const cache = openCache(dataDir);
  const all = cache.tasks.list({ status: 'all', limit: 100_000 }).tasks;
  const rows: ScanRow[] = all.map((t) => ({
    text: words(`${t.title} ${t.details}`).join(' '),
    order: t.updatedAt ?? '',
    key: t.key,
  }));
  const queries = makeQueries(count);
  const figures: SearchFigures = { queries: queries.length, ftsMs: [], scanMs: [], totalsDiffer: 0 };
  for (const query of queries) cache.tasks.list({ search: query, status: 'all', limit: LIMIT });
  for (const query of queries) {
    let ftsTotal = 0;
    let scanTotal = 0;
    figures.ftsMs.push(timeSync(() => (ftsTotal = cache.tasks.list({ search: query, status: 'all', limit: LIMIT }).total)));
    const queryWords = words(query);
    figures.scanMs.push(timeSync(() => (scanTotal = scan(rows, queryWords).total)));
    if (ftsTotal !== scanTotal) figures.totalsDiffer += 1;
  }
  cache.close();
  return figures;
}

export const searchRatio = (f: SearchFigures): number => percentile(f.scanMs, 50) / percentile(f.ftsMs, 50);
