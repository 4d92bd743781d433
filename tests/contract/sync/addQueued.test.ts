import { afterEach, expect, it } from 'vitest';
import { startWebworkSimulator } from '../../simulators/webwork/index.js';
import { openTestCore } from './support/core.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const clean of cleanups.splice(0).reverse()) await clean();
});

async function setup() {
  const sim = await startWebworkSimulator({ tasksPerProject: 2, bigProjectTasks: 2, rateLimitPerMinute: 1_000_000 });
  const t = openTestCore();
  cleanups.push(
    () => sim.close(),
    () => t.remove(),
    () => t.close(),
  );
  const account = await t.call('accounts:add', {
    provider: 'webwork',
    label: 'Quick',
    baseUrl: sim.url,
    secret: sim.tokens.owner,
  });
  await t.call('sync:run', { accountId: account.id });
  const project = (await t.call('projects:list', { accountId: account.id }))[0]!;
  return { sim, t, accountId: account.id, projectRemoteId: project.remoteId };
}

it('tasks:add with wait false answers once the task is queued, and the push that follows lands it once', async () => {
  const { sim, t, accountId, projectRemoteId } = await setup();
  // The service answers slowly: a waiting add would still be waiting when the first assertion runs.
  sim.faults.latencyMs = 1_500;
  const title = 'Queued before the server heard of it';
  const result = await t.call('tasks:add', { accountId, projectRemoteId, title, wait: false });
  expect(result).toMatchObject({ state: 'queued', error: null });
  expect((await t.call('tasks:get', { key: result.key })).pending).toBe(true);
  expect((await t.call('outbox:list', {})).map((e) => e.key)).toEqual([result.key]);
  expect(sim.state.tasks.filter((x) => x.title === title)).toHaveLength(0);

  // The background push holds the account's lock; this push runs after it and finds nothing left.
  await t.call('outbox:push', { accountId });
  expect(sim.state.tasks.filter((x) => x.title === title)).toHaveLength(1);
  expect(await t.call('outbox:list', {})).toEqual([]);
});

it('tasks:add without wait still answers with what the server made of it', async () => {
  const { sim, t, accountId, projectRemoteId } = await setup();
  const title = 'Waited for the server';
  const result = await t.call('tasks:add', { accountId, projectRemoteId, title });
  expect(result.state).toBe('sent');
  expect(sim.state.tasks.filter((x) => x.title === title)).toHaveLength(1);
});
