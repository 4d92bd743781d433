import type { SqlFragment } from './taskQuery.js';

/**
 * Counting stops at a multiple of this beyond the page asked for: a listing
 * says "1,000+" instead of counting every one of 60,000 matches to show 200.
 */
export const COUNT_STEP = 1000;

/** How a page of a listing is ordered. */
export type PageOrder =
  /** The query's own order: by an index for the plain listings, or a sort of at most COUNT_STEP search matches. */
  | 'query'
  /** A search with more than COUNT_STEP matches: the full-text index's own order, newest stored first, nothing sorted. */
  | 'fts';

export interface ListingSql {
  /** Every match, counted (for the sidebar's numbers, not for a listing). */
  countAll: string;
  /**
   * Matching rowids in order, with @limit and @offset. Read with a limit one
   * past how far a listing counts, it gives the count and the page in one walk.
   */
  page(order: PageOrder): string;
  /** Puts the rowids in @ids (at most COUNT_STEP search matches) in the query's order, with @limit and @offset. */
  sortIds: string;
}

/**
 * The statements of a listing. A search drives from the FTS index (tasks_fts
 * as the outer loop, each match's task row found by rowid), so a LIMIT stops
 * the scan of the index after one page instead of collecting every match.
 */
export function listingSql(fragment: SqlFragment): ListingSql {
  // A search with no other filter needs nothing from the task rows to pick a page: it reads the FTS index alone.
  const ftsOnly = fragment.search && fragment.where === '1';
  const from = ftsOnly ? 'tasks_fts f' : fragment.search ? 'tasks_fts f JOIN tasks t ON t.rowid = f.rowid' : 'tasks t';
  const where = fragment.search ? `f.tasks_fts MATCH @fts AND ${fragment.where}` : fragment.where;
  return {
    countAll: `SELECT count(*) AS n FROM ${from} WHERE ${where}`,
    page: (order) =>
      `SELECT ${ftsOnly ? 'f' : 't'}.rowid AS rid FROM ${from} WHERE ${where}
       ORDER BY ${order === 'fts' && fragment.search ? 'f.rowid DESC' : fragment.order} LIMIT @limit OFFSET @offset`,
    sortIds: `SELECT t.rowid FROM tasks t WHERE t.rowid IN (SELECT value FROM json_each(@ids))
       ORDER BY ${fragment.order} LIMIT @limit OFFSET @offset`,
  };
}

/**
 * How far to count for a page ending before row `end`: the next multiple of
 * COUNT_STEP past it, so the page holding row 999 already reports 2,000 and a
 * list scrolled to its end grows by the next step.
 */
export const countLimit = (end: number): number => Math.max(COUNT_STEP, Math.ceil((end + 1) / COUNT_STEP) * COUNT_STEP);
