import { afterEach, describe, expect, it } from 'vitest';
import { startWebworkSimulator } from '../../simulators/webwork/index.js';
import { startWorksectionSimulator } from '../../simulators/worksection/index.js';
import { openTestCore, seededRandom, type TestCore } from './support/core.js';
import { injectFaults } from './support/injector.js';
import { journalWebwork, worksectionWrites, type Write } from './support/journals.js';
import { byTaskNumber, expectedWrites, planOps, queueOps } from './support/scenario.js';
import type { FaultSwitches } from '../../simulators/common/faults.js';

interface Target {
  provider: 'webwork' | 'worksection';
  url: string;
  secret: string;
  sim: { faults: FaultSwitches; requests(): number; close(): Promise<void> };
  writes: () => Write[];
}

async function webwork(): Promise<Target> {
  const sim = await startWebworkSimulator({ tasksPerProject: 4, bigProjectTasks: 4, rateLimitPerMinute: 1_000_000 });
  const journal = journalWebwork(sim);
  return { provider: 'webwork', url: sim.url, secret: sim.tokens.owner, sim, writes: () => journal };
}

async function worksection(): Promise<Target> {
  const sim = await startWorksectionSimulator({ tasksPerProject: 4, quotaPerMinute: 0 });
  return { provider: 'worksection', url: sim.url, secret: sim.apiKey, sim, writes: () => worksectionWrites(sim) };
}

let open: { t: TestCore; target: Target } | null = null;
afterEach(async () => {
  if (!open) return;
  await open.t.close();
  open.t.remove();
  await open.target.sim.close();
  open = null;
});

describe.each([
  ['WebWork', webwork],
  ['Worksection', worksection],
])('a 200-operation outbox against the %s simulator', (_name, start) => {
  it('reaches the server exactly once and in order through drops, 5xx, commit-then-cut and rate limits', async () => {
    const target = await start();
    const t = openTestCore({ deferPush: true });
    open = { t, target };
    const account = await t.call('accounts:add', {
      provider: target.provider,
      label: 'Load',
      baseUrl: target.url,
      secret: target.secret,
    });
    const [synced] = (await t.call('sync:run', { accountId: account.id })).accounts;
    expect(synced?.error).toBeNull();
    const project = (await t.call('projects:list', { accountId: account.id }))[0];
    expect(project).toBeDefined();

    const ops = planOps(seededRandom(7), 200, 70, `${target.provider} load`);
    await queueOps(t, account.id, project?.remoteId as string, ops);
    expect(await t.call('outbox:list', {})).toHaveLength(200);
    const before = target.writes().length;

    const injector = injectFaults(target.sim, seededRandom(11), { max: 45, rateLimits: 3 });
    try {
      for (let round = 0; round < 40 && (await t.call('outbox:list', {})).length > 0; round += 1) {
        const [report] = (await t.call('outbox:push', { accountId: account.id })).accounts;
        expect(report?.failed).toBe(0);
        expect(report?.conflicts).toBe(0);
      }
    } finally {
      injector.stop();
    }

    expect(await t.call('outbox:list', {})).toEqual([]);
    expect(injector.armed.dropAfterCommitNext).toBeGreaterThanOrEqual(10);
    expect(injector.armed.dropNext).toBeGreaterThanOrEqual(5);
    expect(injector.armed.serverErrorNext).toBeGreaterThanOrEqual(5);
    expect(injector.armed.rateLimitNext).toBeGreaterThanOrEqual(1);
    expect(byTaskNumber(target.writes().slice(before), ops)).toEqual(expectedWrites(ops));
    expect(await t.call('conflicts:list', {})).toEqual([]);
    const cached = (await t.call('tasks:list', { accountId: account.id, status: 'all', limit: 1000 })).tasks;
    expect(
      cached.filter((task) => task.title.startsWith(`${target.provider} load`)).every((task) => task.remoteId && !task.pending),
    ).toBe(true);
  }, 120_000);
});
