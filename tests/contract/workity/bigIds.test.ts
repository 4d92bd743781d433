import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkitySession } from '../../../main/core/providers/workity/index.js';
import { BIRTHDAY_PROJECT, collectingSink, connect, startSim } from './helpers.js';

let ctx: Awaited<ReturnType<typeof startSim>>;
let lenny: WorkitySession;

/** 2^53 + 1 and its neighbour 2^53: as JS numbers both read 9007199254740992, so any Number() on the way mixes them up. */
const BELOW = '9007199254740992';
const ABOVE = '9007199254740993';

beforeAll(async () => {
  ctx = await startSim();
  ctx.sim.state.nextItemId = BigInt(BELOW) - 1n;
  lenny = connect(ctx.sim, 'lenny', ctx.clock.now);
  await lenny.verify();
});
afterAll(async () => {
  await lenny.close();
  await ctx.sim.close();
});

describe('Workity 64-bit ids stay exact end to end (xs:long as text)', () => {
  it('the client gets, sends and reads back ids above 2^53', async () => {
    expect(await lenny.api.newTask({ projectId: BIRTHDAY_PROJECT, title: 'Neighbour below', details: '' })).toBe(BELOW);
    expect(await lenny.api.newTask({ projectId: BIRTHDAY_PROJECT, title: 'Neighbour above', details: '' })).toBe(ABOVE);
    const read = await lenny.api.getItems({ taskIds: [ABOVE] });
    expect(read.TaskItems.map((t) => [t.TaskID, t.Title])).toEqual([[ABOVE, 'Neighbour above']]);
    await lenny.api.updateTaskStatus(ABOVE, true);
    expect(ctx.sim.state.items.get(`task:${ABOVE}`)?.isFinished).toBe(true);
    expect(ctx.sim.state.items.get(`task:${BELOW}`)?.isFinished).toBe(false);
  });

  it('through the session: create, pull, update, tags and delete touch exactly the item above 2^53', async () => {
    const created = await lenny.createTask({ projectRemoteId: '11', title: 'Big id task', details: '', dueDate: null });
    const id = (BigInt(ABOVE) + 1n).toString();
    expect(created).toMatchObject({ remoteId: id, key: `workity:acc-lenny:task:${id}` });

    const pulled = collectingSink();
    await lenny.pull(pulled.sink, { from: new Date(0), to: new Date() });
    expect(
      pulled.tasks
        .get('11')
        ?.filter((t) => [BELOW, ABOVE, id].includes(t.remoteId!))
        .map((t) => t.remoteId),
    ).toEqual([BELOW, ABOVE, id]);

    const above = pulled.tasks.get('11')!.find((t) => t.remoteId === ABOVE)!;
    const outcome = await lenny.updateTask(above, { title: 'Neighbour above, renamed', tags: ['party'] });
    expect(outcome).toMatchObject({
      kind: 'saved',
      task: { remoteId: ABOVE, title: 'Neighbour above, renamed', tags: ['party'] },
    });
    expect(ctx.sim.state.items.get(`task:${ABOVE}`)).toMatchObject({ title: 'Neighbour above, renamed', revision: 1 });
    expect(ctx.sim.state.items.get(`task:${BELOW}`)).toMatchObject({ title: 'Neighbour below', revision: 0, keywordIds: [] });

    await lenny.deleteTask(above);
    expect(ctx.sim.state.items.has(`task:${ABOVE}`)).toBe(false);
    expect(ctx.sim.state.items.has(`task:${BELOW}`)).toBe(true);
    expect(await lenny.getTask('11', BELOW)).toMatchObject({ remoteId: BELOW, title: 'Neighbour below' });
  });
});
