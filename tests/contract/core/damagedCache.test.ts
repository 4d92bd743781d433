import Database from 'better-sqlite3';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runJson } from '../../helpers/cli.js';
import { seededRandom } from '../sync/support/core.js';
import { startWebworkSimulator, type WebworkSimulator } from '../../simulators/webwork/index.js';

let sim: WebworkSimulator;
let root: string;
let original: string;
let accountId: string;
const QUEUED_TITLE = 'Made while the service was down';

/** A copy of the prepared data folder, to damage one way without touching the others. */
function copyOfOriginal(name: string): { dataDir: string; cache: string } {
  const dataDir = join(root, name);
  cpSync(original, dataDir, { recursive: true });
  return { dataDir, cache: join(dataDir, 'cache.db') };
}

/** Pages up to the last one holding an account or an outbox entry: a cut after them leaves those readable. */
function lastPageOfKeptTables(file: string): { keep: number; total: number; pageSize: number } {
  const db = new Database(file, { readonly: true });
  try {
    const keep = db
      .prepare(
        "SELECT max(pageno) AS m FROM dbstat WHERE name = 'sqlite_schema' OR name IN (SELECT name FROM sqlite_schema WHERE tbl_name IN ('accounts', 'outbox'))",
      )
      .get() as { m: number };
    return {
      keep: keep.m,
      total: db.pragma('page_count', { simple: true }) as number,
      pageSize: db.pragma('page_size', { simple: true }) as number,
    };
  } finally {
    db.close();
  }
}

beforeAll(async () => {
  sim = await startWebworkSimulator({ tasksPerProject: 4, bigProjectTasks: 4, rateLimitPerMinute: 1_000_000 });
  root = mkdtempSync(join(tmpdir(), 'worktray-damaged-'));
  original = join(root, 'original');
  const added = await runJson(
    original,
    ['accounts', 'add', 'webwork', '--label', 'Kept', '--base-url', sim.url],
    sim.tokens.owner,
  );
  expect(added.code, added.stderr).toBe(0);
  accountId = (added.json as { id: string }).id;
  expect((await runJson(original, ['sync'])).code).toBe(0);
  const [project] = (await runJson(original, ['projects'])).json as { remoteId: string }[];
  sim.faults.dropNext = 1_000;
  const queued = await runJson(original, ['add', QUEUED_TITLE, '--account', accountId, '--project', project?.remoteId as string]);
  sim.faults.dropNext = 0;
  expect(queued.json, queued.stderr).toMatchObject({ state: 'queued' });
}, 120_000);

afterAll(async () => {
  await sim.close();
  rmSync(root, { recursive: true, force: true });
});

describe('a damaged cache.db is refused, never silently replaced', () => {
  const damages: [string, (cache: string) => void][] = [
    ['zero-length', (cache) => truncateSync(cache, 0)],
    [
      'truncated',
      (cache) => {
        const { keep, total, pageSize } = lastPageOfKeptTables(cache);
        expect(keep).toBeLessThan(total);
        truncateSync(cache, Math.floor((keep + total) / 2) * pageSize + 100);
      },
    ],
    [
      'garbage',
      (cache) => {
        const random = seededRandom(7);
        writeFileSync(cache, Buffer.from(Array.from({ length: 65_536 }, () => Math.floor(random() * 256))));
      },
    ],
  ];

  it.each(damages)(
    'a %s cache: commands exit 1 naming the file and `worktray repair`, and the file is left as it was',
    async (name, damage) => {
      const { dataDir, cache } = copyOfOriginal(`refused-${name}`);
      damage(cache);
      const before = readFileSync(cache);
      for (const args of [['accounts', 'list'], ['tasks'], ['sync']]) {
        const run = await runJson(dataDir, args);
        expect(run.code, `${args.join(' ')}: ${run.stderr}`).toBe(1);
        expect(run.stderr).toContain(cache);
        expect(run.stderr).toContain('worktray repair');
      }
      expect(readFileSync(cache).equals(before)).toBe(true);
    },
  );

  it('repair keeps the readable accounts and outbox, moves the damaged file aside, and sync then sends the kept change', async () => {
    const { dataDir, cache } = copyOfOriginal('repaired');
    damages[1]?.[1](cache);
    const damagedBytes = readFileSync(cache);
    const repaired = await runJson(dataDir, ['repair']);
    expect(repaired.code, repaired.stderr).toBe(0);
    const result = repaired.json as { movedTo: string; kept: { accounts: number; outbox: number }; pulled: { tasks: number } };
    expect(result.kept).toEqual({ accounts: 1, outbox: 1 });
    expect(result.pulled.tasks).toBeGreaterThan(0);
    expect(readFileSync(result.movedTo).equals(damagedBytes)).toBe(true);
    expect(statSync(cache).size).toBeGreaterThan(0);

    expect((await runJson(dataDir, ['outbox'])).json).toEqual([
      expect.objectContaining({ accountId, op: 'task.create', state: 'queued' }),
    ]);
    const synced = await runJson(dataDir, ['sync']);
    expect(synced.code, synced.stderr).toBe(0);
    expect((await runJson(dataDir, ['outbox'])).json).toEqual([]);
    const onServer = sim.state.tasks.filter((task) => task.title === QUEUED_TITLE);
    expect(onServer).toHaveLength(1);
  });

  it('repair of an unreadable (garbage) cache moves it aside and starts an empty one', async () => {
    const { dataDir, cache } = copyOfOriginal('garbage-repaired');
    damages[2]?.[1](cache);
    const repaired = await runJson(dataDir, ['repair']);
    expect(repaired.code, repaired.stderr).toBe(0);
    const result = repaired.json as { movedTo: string; kept: { accounts: number; outbox: number } };
    expect(result.kept).toEqual({ accounts: 0, outbox: 0 });
    expect(existsSync(result.movedTo)).toBe(true);
    expect((await runJson(dataDir, ['accounts', 'list'])).json).toEqual([]);
  });
});
