import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebworkSimulator, type WebworkSimulator } from '../../simulators/webwork/index.js';
import { openTestCore, PASSPHRASE, seededRandom, type TestCore } from './support/core.js';
import { journalWebwork, type Write } from './support/journals.js';
import { byTaskNumber, expectedWrites, planOps, queueOps } from './support/scenario.js';

const KILLS = 50;
const OPS = 300;
/**
 * The child is bundled once: run through tsx it spends seconds compiling the
 * core on every start, which 50+ restarts on a loaded machine cannot afford.
 * It stays under node_modules so the bundle finds better-sqlite3 there.
 */
const OUT_DIR = join(process.cwd(), 'node_modules', '.cache', 'worktray-sync-crash');
const CHILD = join(OUT_DIR, 'pushChild.mjs');

let sim: WebworkSimulator;
let journal: Write[];
let t: TestCore;

beforeAll(async () => {
  mkdirSync(OUT_DIR, { recursive: true });
  await build({
    entryPoints: [join(import.meta.dirname, 'support', 'pushChild.ts')],
    outfile: CHILD,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3'],
    banner: {
      js: "import { createRequire as __worktrayRequire } from 'node:module'; const require = __worktrayRequire(import.meta.url);",
    },
    logLevel: 'error',
    // The child only talks to WebWork; Workity's SOAP stack is never called there and costs a second per start.
    plugins: [
      {
        name: 'no-soap',
        setup(b) {
          b.onResolve({ filter: /^soap$/ }, () => ({ path: 'soap', namespace: 'stub' }));
          b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export {};', loader: 'js' }));
        },
      },
    ],
  });
  sim = await startWebworkSimulator({ tasksPerProject: 4, bigProjectTasks: 4, rateLimitPerMinute: 1_000_000 });
  journal = journalWebwork(sim);
  t = openTestCore({ deferPush: true });
}, 60_000);

afterAll(async () => {
  await sim?.close();
  t?.remove();
});

interface Run {
  child: ChildProcess;
  ready: Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; done: boolean; stderr: string }>;
}

function startChild(dataDir: string): Run {
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
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; done: boolean; stderr: string }>((resolve) =>
    child.on('exit', (code, signal) => {
      markReady();
      resolve({ code, signal, done: out.includes('done\n'), stderr: err });
    }),
  );
  return { child, ready, exited };
}

describe('killing the pusher process at random points', () => {
  it(`loses nothing and sends nothing twice over ${KILLS}+ kills and a ${OPS}-operation outbox`, async () => {
    const account = await t.call('accounts:add', {
      provider: 'webwork',
      label: 'Crash',
      baseUrl: sim.url,
      secret: sim.tokens.owner,
    });
    expect((await t.call('sync:run', { accountId: account.id })).accounts[0]?.error).toBeNull();
    const project = (await t.call('projects:list', { accountId: account.id }))[0];
    const ops = planOps(seededRandom(3), OPS, 110, 'crash');
    await queueOps(t, account.id, project?.remoteId as string, ops);
    await t.close();
    const before = journal.length;

    // A little latency keeps requests in flight, so kills land between sending and recording.
    sim.faults.latencyMs = 2;
    const random = seededRandom(5);
    let kills = 0;
    let finished = false;
    for (let run = 0; run < 200 && !finished; run += 1) {
      const { child, ready, exited } = startChild(t.dataDir);
      await ready;
      if (kills < KILLS) {
        // Kill once the child is pushing: after a random number of its requests, plus a random few ms.
        const killAt = sim.requests() + 1 + Math.floor(random() * 6);
        const jitter = Math.floor(random() * 8);
        const watch = setInterval(() => {
          if (sim.requests() < killAt) return;
          clearInterval(watch);
          setTimeout(() => child.kill('SIGKILL'), jitter);
        }, 1);
        const result = await exited;
        clearInterval(watch);
        if (result.signal === 'SIGKILL') kills += 1;
        else expect(result.code, result.stderr).toBe(0);
        finished = result.done;
      } else {
        const result = await exited;
        expect(result.code, result.stderr).toBe(0);
        finished = result.done;
      }
    }
    expect(finished).toBe(true);
    expect(kills).toBeGreaterThanOrEqual(KILLS);

    const after = openTestCore({ dataDir: t.dataDir });
    try {
      expect(await after.call('outbox:list', {})).toEqual([]);
    } finally {
      await after.close();
    }
    expect(byTaskNumber(journal.slice(before), ops)).toEqual(expectedWrites(ops));
  }, 400_000);
});
