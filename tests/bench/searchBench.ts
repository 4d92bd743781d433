import { openCache } from '../../main/core/cache/index.js';
import { makeQueries } from './corpus.js';
import { median, percentile, timeSync } from './stats.js';

export interface SearchFigures {
  queries: number;
  /** One list of the queries' times per round: every round asks all the queries again, in the same order. */
  ftsMs: number[][];
  scanMs: number[][];
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
export function benchSearch(dataDir: string, count: number, rounds: number): SearchFigures {
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
  for (let round = 0; round < rounds; round += 1) {
    const ftsMs: number[] = [];
    const scanMs: number[] = [];
    // All the listings, then all the scans: interleaved, each listing paid for the garbage the scan before it left.
    const listed = queries.map((query) => {
      let result = { total: 0, capped: false };
      ftsMs.push(timeSync(() => (result = cache.tasks.list({ search: query, status: 'all', limit: LIMIT }))));
      return result;
    });
    const scanned = queries.map((query) => {
      const queryWords = words(query);
      let total = 0;
      scanMs.push(timeSync(() => (total = scan(rows, queryWords).total)));
      return total;
    });
    if (round === 0) {
      listed.forEach((found, i) => {
        const scanTotal = scanned[i] as number;
        if (found.capped ? scanTotal < found.total : scanTotal !== found.total) figures.totalsDiffer += 1;
        if (found.capped) figures.capped += 1;
        if (scanTotal >= 10_000) figures.over10k += 1;
      });
    }
    figures.ftsMs.push(ftsMs);
    figures.scanMs.push(scanMs);
  }
  cache.close();
  return figures;
}

/** A percentile of each round's times, then the median of those over the rounds. */
export const perRound = (times: number[][], p: number): number => median(times.map((round) => percentile(round, p)));

/** Each round's scan p50 over its search p50 (same round, same load), then the median over the rounds. */
export const searchRatio = (f: SearchFigures): number =>
  median(f.ftsMs.map((round, i) => percentile(f.scanMs[i] as number[], 50) / percentile(round, 50)));
