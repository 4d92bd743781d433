import { openCache } from '../../main/core/cache/index.js';
import { makeQueries } from './corpus.js';
import { percentile, timeSync } from './stats.js';

export interface SearchFigures {
  queries: number;
  ftsMs: number[];
  scanMs: number[];
  /**
   * Queries where the scan's count disagrees with the listing's (the scan matches substrings, FTS words and
   * prefixes; where the listing's count is capped, only a scan count below it disagrees).
   */
  totalsDiffer: number;
  /** Queries whose listing said "1,000+" (counting stopped), and those the scan found 10,000 or more rows for. */
  capped: number;
  over10k: number;
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

/**
 * Figure 3: tasksRepo.list({ search }) over the 100,000-task cache, against a linear scan of the same rows in memory.
 * The listing counts only up to 1,000 and reads a page off the FTS index; the scan has to look at every row.
 */
export function benchSearch(dataDir: string, count: number): SearchFigures {
  const cache = openCache(dataDir);
  const all = cache.tasks.list({ status: 'all', limit: cache.tasks.count({ status: 'all' }) }).tasks;
  const rows: ScanRow[] = all.map((t) => ({
    text: words(`${t.title} ${t.details}`).join(' '),
    order: t.updatedAt ?? '',
    key: t.key,
  }));
  const queries = makeQueries(count);
  const figures: SearchFigures = { queries: queries.length, ftsMs: [], scanMs: [], totalsDiffer: 0, capped: 0, over10k: 0 };
  for (const query of queries) cache.tasks.list({ search: query, status: 'all', limit: LIMIT });
  for (const query of queries) {
    let listed = { total: 0, capped: false };
    let scanTotal = 0;
    figures.ftsMs.push(timeSync(() => (listed = cache.tasks.list({ search: query, status: 'all', limit: LIMIT }))));
    const queryWords = words(query);
    figures.scanMs.push(timeSync(() => (scanTotal = scan(rows, queryWords).total)));
    if (listed.capped ? scanTotal < listed.total : scanTotal !== listed.total) figures.totalsDiffer += 1;
    if (listed.capped) figures.capped += 1;
    if (scanTotal >= 10_000) figures.over10k += 1;
  }
  cache.close();
  return figures;
}

export const searchRatio = (f: SearchFigures): number => percentile(f.scanMs, 50) / percentile(f.ftsMs, 50);
