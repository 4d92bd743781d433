import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebworkSimulator, type WebworkSimulator } from '../../simulators/webwork/index.js';
import { startWorksectionSimulator, type WorksectionSimulator } from '../../simulators/worksection/index.js';
import { runJson, type JsonRun } from '../../helpers/cli.js';
import { openTestCore, PASSPHRASE, seededRandom, type TestCore } from './support/core.js';
import { journalWebwork, worksectionWrites, type Write } from './support/journals.js';
import { byTaskNumber, expectedWrites, planOps, queueOps, type Op } from './support/scenario.js';

const ROUNDS = Number(process.env.ROUNDS ?? 20);
const OPS_PER_ROUND = 4;

interface Target {
  name: string;
  accountId: string;
  projectRemoteId: string;
  ops: Op[];
  keys: string[];
  writes: () => Write[];
}

let webwork: WebworkSimulator;
let worksection: WorksectionSimulator;
let wwJournal: Write[];
let t: TestCore;
const targets: Target[] = [];

beforeAll(async () => {
  webwork = await startWebworkSimulator({ tasksPerProject: 4, bigProjectTasks: 4, rateLimitPerMinute: 1_000_000 });
  worksection = await startWorksectionSimulator({ tasksPerProject: 4, quotaPerMinute: 0 });
  wwJournal = journalWebwork(webwork);
  // The long-running host: its background loop pushes whatever is queued, every few milliseconds.
  t = openTestCore({ background: true, deferPush: true, backgroundTimings: { tickMs: 15, syncEveryMs: 400 } });
  const random = seededRandom(11);
  const wsSince = worksection.state.events.length;
  for (const [name, provider, baseUrl, secret, writes] of [
    ['webwork', 'webwork', webwork.url, webwork.tokens.owner, () => wwJournal],
    ['worksection', 'worksection', worksection.url, worksection.apiKey, () => worksectionWrites(worksection, wsSince)],
  ] as const) {
    const account = await t.call('accounts:add', { provider, label: name, baseUrl, secret });
    expect((await t.call('sync:run', { accountId: account.id })).accounts[0]?.error).toBeNull();
    const project = (await t.call('projects:list', { accountId: account.id }))[0];
    const ops = planOps(random, ROUNDS * OPS_PER_ROUND, ROUNDS, `multi ${name}`);
    targets.push({ name, accountId: account.id, projectRemoteId: project?.remoteId as string, ops, keys: [], writes });
  }
}, 60_000);

afterAll(async () => {
  await t?.close();
  t?.remove();
  await webwork?.close();
  await worksection?.close();
});

const failed = (run: JsonRun): boolean => run.code !== 0 || /database is locked|SQLITE_BUSY/i.test(run.stderr);

describe('several Worktray processes on one cache', () => {
  it(`a host's background sync, two CLI syncs and a CLI push at once, ${ROUNDS} rounds: all succeed, nothing sent twice`, async () => {
    const failures: string[] = [];
    // Requests that take a while keep pushes overlapping: two pushers on one outbox would then both send an entry.
    webwork.faults.latencyMs = 60;
    worksection.faults.latencyMs = 60;
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const target of targets) {
        const part = target.ops.slice(round * OPS_PER_ROUND, (round + 1) * OPS_PER_ROUND);
        await queueOps(t, target.accountId, target.projectRemoteId, part, target.keys);
      }
      const runs = await Promise.all([
        runJson(t.dataDir, ['sync'], '', PASSPHRASE),
        runJson(t.dataDir, ['push'], '', PASSPHRASE),
        runJson(t.dataDir, ['sync'], '', PASSPHRASE),
      ]);
      for (const run of runs.filter(failed)) failures.push(`round ${round}: exit ${run.code} ${run.stdout} ${run.stderr}`);
    }
    expect(failures).toEqual([]);

    // Whatever is still queued goes out through a last push; then every change is on the server exactly once.
    for (let i = 0; i < 20 && (await t.call('outbox:list', {})).length > 0; i += 1) await t.call('outbox:push', {});
    expect(await t.call('outbox:list', {})).toEqual([]);
    for (const target of targets) {
      expect(byTaskNumber(target.writes(), target.ops), target.name).toEqual(expectedWrites(target.ops));
    }
  }, 300_000);
});
