import Database from 'better-sqlite3';

const TABLES = ['tasks', 'projects', 'items', 'news', 'time_entries', 'timers'] as const;

/**
 * Counts rows written to the cache's record tables by any connection:
 * ordinary triggers live in the file, so they fire for the core's own
 * connection. They cost nothing while nothing is written.
 */
export function countWrites(file: string): { stop(): Record<string, number> } {
  const db = new Database(file);
  db.exec('CREATE TABLE IF NOT EXISTS bench_writes (tbl TEXT NOT NULL)');
  const triggers: string[] = [];
  for (const table of TABLES) {
    for (const op of ['INSERT', 'UPDATE', 'DELETE']) {
      const name = `bench_${table}_${op.toLowerCase()}`;
      db.exec(`CREATE TRIGGER ${name} AFTER ${op} ON ${table} BEGIN INSERT INTO bench_writes VALUES ('${table}'); END`);
      triggers.push(name);
    }
  }
  return {
    stop() {
      const rows = db.prepare('SELECT tbl, count(*) AS n FROM bench_writes GROUP BY tbl').all() as { tbl: string; n: number }[];
      for (const name of triggers) db.exec(`DROP TRIGGER ${name}`);
      db.exec('DROP TABLE bench_writes');
      db.close();
      return Object.fromEntries(TABLES.map((table) => [table, rows.find((row) => row.tbl === table)?.n ?? 0]));
    },
  };
}
