import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors.js';
import { startWebworkSimulator, type WebworkSimulator } from '../../simulators/webwork/index.js';
import { openTestCore, type TestCore } from '../sync/support/core.js';

let sim: WebworkSimulator;
let t: TestCore;
let accountId = '';

beforeAll(async () => {
  sim = await startWebworkSimulator({ tasksPerProject: 2, bigProjectTasks: 2 });
  t = openTestCore({ deferPush: true });
  accountId = (await t.call('accounts:add', { label: 'Core', provider: 'webwork', baseUrl: sim.url, secret: sim.tokens.owner }))
    .id;
});
afterAll(async () => {
  await t.close();
  t.remove();
  await sim.close();
});

const DAY = '2025-03-10';
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => (error instanceof AppError ? { code: error.code, field: error.field } : { code: 'thrown', field: null }),
  );
const onServer = (note: string) => sim.state.timeEntries.filter((e) => e.notes === note);
const cachedDay = () => t.call('time:list', { accountId, from: DAY, to: DAY });

describe('time changes through the core (WebWork simulator, push deferred)', () => {
  it('refuses, naming the field, minutes that are not more than 0, an end with minutes, and an end before the start', async () => {
    const base = { accountId, projectRemoteId: '100', start: `${DAY}T09:00` };
    expect(await refusal(t.call('time:log', { ...base, minutes: 0 }))).toEqual({ code: 'validation', field: 'minutes' });
    expect(await refusal(t.call('time:log', { ...base, minutes: 10, end: `${DAY}T10:00` }))).toEqual({
      code: 'validation',
      field: 'minutes',
    });
    expect(await refusal(t.call('time:log', { ...base, end: `${DAY}T08:00` }))).toEqual({ code: 'validation', field: 'end' });
    expect(await t.call('outbox:list', {})).toEqual([]);
  });

  it('shows a booking in the cache at once under a local key, and under the server id once pushed', async () => {
    const queued = await t.call('time:log', {
      accountId,
      projectRemoteId: '100',
      start: `${DAY}T09:00`,
      minutes: 30,
      note: 'Pending',
    });
    expect(queued).toMatchObject({ state: 'queued', remoteId: null });
    expect(queued.key).toContain(':local-');
    expect(await cachedDay()).toEqual([expect.objectContaining({ key: queued.key, minutes: 30, note: 'Pending' })]);
    expect(onServer('Pending')).toEqual([]);
    await t.call('outbox:push', { accountId });
    const [server] = onServer('Pending');
    expect(server).toMatchObject({ start_time: '09:00', end_time: '09:30' });
    expect(await cachedDay()).toEqual([
      expect.objectContaining({ key: `webwork:${accountId}:time:${server!.id}`, note: 'Pending' }),
    ]);
  });

  it('discarding a queued booking removes it from the cache and sends nothing', async () => {
    const queued = await t.call('time:log', {
      accountId,
      projectRemoteId: '100',
      start: `${DAY}T11:00`,
      minutes: 10,
      note: 'Dropped',
    });
    const [entry] = await t.call('outbox:list', {});
    expect(entry).toMatchObject({ op: 'time.create', key: queued.key });
    await t.call('outbox:discard', { id: entry!.id });
    expect((await cachedDay()).map((e) => e.note)).toEqual(['Pending']);
    await t.call('outbox:push', { accountId });
    expect(onServer('Dropped')).toEqual([]);
  });
});
