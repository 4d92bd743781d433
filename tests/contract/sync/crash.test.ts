import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestCore, PASSPHRASE, seededRandom } from './support/core.js';
import { crashWebwork, crashWorkity, crashWorksection, crashWorksnaps, type CrashTarget } from './support/crashTargets.js';
import { byTaskNumber, expectedWrites, planOps, queueOps } from './support/scenario.js';
import { queueMixed, serverCounts } from './support/timeScenario.js';
import { startWebworkSimulator } from '../../simulators/webwork/index.js';

const KILLS = Number(process.env.CRASH_KILLS ?? 50);
/**
 * Enough operations that the outbox is not empty before the last kill (a
 * child is killed after 1-6 requests, about two operations), few enough that
 * four providers fit in CI's budget.
 */
const OPS = Number(process.env.CRASH_OPS ?? 160);
const CREATES = Math.round(OPS / 3);
/**
 * The child is bundled once: run through tsx it spends seconds compiling the
 * core on every start, which 200+ restarts on a loaded machine cannot afford.
 * It stays under node_modules so the bundle finds better-sqlite3 (and soap)
 * there, in a folder of this run's own: worktrees may share one node_modules.
 */
const OUT_DIR = join(process.cwd(), 'node_modules', '.cache', `worktray-sync-crash-${process.pid}`);
const CHILD = join(OUT_DIR, 'pushChild.mjs');

beforeAll(async () => {
  mkdirSync(OUT_DIR, { recursive: true });
  await build({
    entryPoints: [join(import.meta.dirname, 'support', 'pushChild.ts')],
    outfile: CHILD,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  });
  // Workity's client reads the WSDL shipped beside its module; the CLI build copies it the same way.
  cpSync(join(process.cwd(), 'main/core/providers/workity/wsdl'), join(OUT_DIR, 'wsdl'), { recursive: true });
}, 60_000);

afterAll(() => rmSync(OUT_DIR, { recursive: true, force: true }));

interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
  done: boolean;
  stderr: string;
}

function startChild(dataDir: string): { child: ChildProcess; ready: Promise<void>; exited: Promise<Exit> } {
  const child = spawn(process.execPath, [CHILD, dataDir, PASSPHRASE], { env: { ...process.env, WORKTRAY_LOG_LEVEL: 'error' } });
  let out = '';
  let err = '';
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    if (out.includes('ready\n')) markReady();
  });
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<Exit>((resolve) =>
    child.on('exit', (code, signal) => {
      markReady();
      resolve({ code, signal, done: out.includes('done\n'), stderr: err });
    }),
  );
  return { child, ready, exited };
}

/** Runs pusher children until the outbox is empty, SIGKILLing the first `KILLS` of them after a few requests each. */
async function pushWithKills(
  sim: Pick<CrashTarget, 'requests'>,
  dataDir: string,
  random: () => number,
  killsWanted = KILLS,
): Promise<{ kills: number; finished: boolean }> {
  let kills = 0;
  let finished = false;
  for (let run = 0; run < killsWanted * 4 && !finished; run += 1) {
    const { child, ready, exited } = startChild(dataDir);
    await ready;
    let watch: NodeJS.Timeout | undefined;
    if (kills < killsWanted) {
      // Kill once the child is pushing: after a random number of its requests, plus a random few ms.
      const killAt = sim.requests() + 1 + Math.floor(random() * 6);
      const jitter = Math.floor(random() * 8);
      watch = setInterval(() => {
        if (sim.requests() < killAt) return;
        clearInterval(watch);
        setTimeout(() => child.kill('SIGKILL'), jitter);
      }, 1);
    }
    const result = await exited;
    clearInterval(watch);
    if (result.signal === 'SIGKILL') kills += 1;
    else expect(result.code, result.stderr).toBe(0);
    finished = result.done;
  }
  return { kills, finished };
}

describe.each([
  ['WebWork', crashWebwork],
  ['Worksection', crashWorksection],
  ['Worksnaps', crashWorksnaps],
  ['Workity', crashWorkity],
])('killing the pusher process at random points (%s)', (name, start) => {
  it(`loses nothing and sends nothing twice over ${KILLS}+ kills and a ${OPS}-operation outbox`, async () => {
    const sim = await start();
    const t = openTestCore({ deferPush: true });
    try {
      const account = await t.call('accounts:add', { label: `Crash ${name}`, ...sim.account });
      expect((await t.call('sync:run', { accountId: account.id })).accounts[0]?.error).toBeNull();
      const project = (await t.call('projects:list', { accountId: account.id }))[0];
      const ops = planOps(seededRandom(3), OPS, CREATES, `crash ${name}`, sim.toggles);
      await queueOps(t, account.id, project?.remoteId as string, ops);
      await t.close();
      const before = sim.writes().length;

      // A little latency keeps requests in flight, so kills land between sending and recording.
      sim.faults.latencyMs = 2;
      const { kills, finished } = await pushWithKills(sim, t.dataDir, seededRandom(5));
      expect(finished).toBe(true);
      expect(kills).toBeGreaterThanOrEqual(KILLS);

      const after = openTestCore({ dataDir: t.dataDir });
      try {
        expect(await after.call('outbox:list', {})).toEqual([]);
      } finally {
        await after.close();
      }
      expect(byTaskNumber(sim.writes().slice(before), ops)).toEqual(expectedWrites(ops));
    } finally {
      t.remove();
      await sim.close();
    }
  }, 400_000);
});

/** Fewer kills than the task runs: the booking path is the new part, the pusher the same. */
const TIME_KILLS = Number(process.env.CRASH_TIME_KILLS ?? 15);
/** 50 task creates and 50 bookings: the 100 mixed operations issue 15 asks for; each booking has its own slot in one day. */
const TIME_PAIRS = 50;

describe('killing the pusher process during mixed time and task changes (WebWork)', () => {
  it(`books each entry and makes each task exactly once over ${TIME_KILLS}+ kills and ${TIME_PAIRS * 2} operations`, async () => {
    const sim = await startWebworkSimulator({ tasksPerProject: 4, bigProjectTasks: 4, rateLimitPerMinute: 1_000_000 });
    const t = openTestCore({ deferPush: true });
    try {
      const account = await t.call('accounts:add', {
        label: 'Crash time',
        provider: 'webwork',
        baseUrl: sim.url,
        secret: sim.tokens.owner,
      });
      expect((await t.call('sync:run', { accountId: account.id })).accounts[0]?.error).toBeNull();
      const { titles, bookings } = await queueMixed(t, account.id, '100', TIME_PAIRS, 'crash mixed');
      await t.close();

      sim.faults.latencyMs = 2;
      const { kills, finished } = await pushWithKills(sim, t.dataDir, seededRandom(11), TIME_KILLS);
      expect(finished).toBe(true);
      expect(kills).toBeGreaterThanOrEqual(TIME_KILLS);

      const after = openTestCore({ dataDir: t.dataDir });
      try {
        expect(await after.call('outbox:list', {})).toEqual([]);
      } finally {
        await after.close();
      }
      const once = { tasks: titles.map(() => 1), bookings: bookings.map(() => 1) };
      expect(serverCounts(sim, titles, bookings)).toEqual(once);
    } finally {
      t.remove();
      await sim.close();
    }
  }, 400_000);
});
