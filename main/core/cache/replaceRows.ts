import type { Db } from './db.js';

export interface RowScope {
  /** A WHERE clause naming the rows a pull replaces, e.g. `account_id = ?`. */
  where: string;
  args: unknown[];
}

/**
 * Makes the rows of `table` within `scope` equal `rows` (each listing
 * `columns` in order, the first being the primary key `key`), writing only
 * what differs: rows the pull no longer lists are deleted, new ones inserted,
 * and a row the server left as it was is not touched, so a sync that finds
 * nothing new writes nothing.
 */
export function replaceRows(db: Db, table: string, scope: RowScope, columns: readonly string[], rows: unknown[][]): void {
  const keys = JSON.stringify(rows.map((row) => row[0]));
  db.prepare(`DELETE FROM ${table} WHERE ${scope.where} AND key NOT IN (SELECT value FROM json_each(?))`).run(
    ...scope.args,
    keys,
  );
  const quoted = columns.map((column) => `"${column}"`);
  const rest = quoted.slice(1);
  const upsert = db.prepare(
    `INSERT INTO ${table} (${quoted.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})
     ON CONFLICT(key) DO UPDATE SET ${rest.map((c) => `${c} = excluded.${c}`).join(', ')}
     WHERE ${rest.map((c) => `${table}.${c} IS NOT excluded.${c}`).join(' OR ')}`,
  );
  for (const row of rows) upsert.run(...row);
}
