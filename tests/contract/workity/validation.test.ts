import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkitySession } from '../../../main/core/providers/workity/index.js';
import { BIRTHDAY_PROJECT, connect, startSim } from './helpers.js';

let ctx: Awaited<ReturnType<typeof startSim>>;
let lenny: WorkitySession;

beforeAll(async () => {
  ctx = await startSim();
  lenny = connect(ctx.sim, 'lenny', ctx.clock.now);
  await lenny.verify();
});
afterAll(async () => {
  await ctx.sim.close();
});

/** The client refuses before sending: the simulator sees no request. */
async function refusedLocally(call: () => Promise<unknown>, field: string): Promise<void> {
  const before = ctx.sim.requests();
  await expect(call()).rejects.toMatchObject({ code: 'validation', field });
  expect(ctx.sim.requests()).toBe(before);
}

describe('client-side validation of what Workity would reject', () => {
  it('an empty title', () => refusedLocally(() => lenny.api.newTask({ projectId: BIRTHDAY_PROJECT, title: '' }), 'title'));

  it('a title over 100 characters (tasks, notes, adapter edits)', async () => {
    await refusedLocally(() => lenny.api.newNote({ projectId: BIRTHDAY_PROJECT, title: 'x'.repeat(101) }), 'title');
    await refusedLocally(
      () => lenny.createTask({ projectRemoteId: '11', title: 'y'.repeat(101), details: '', dueDate: null }),
      'title',
    );
    const task = (await lenny.getTask('11', '1007'))!;
    await refusedLocally(() => lenny.updateTask(task, { title: 'z'.repeat(101) }), 'title');
  });

  it('a file name or content type that is empty or too long, and empty bytes', async () => {
    await refusedLocally(
      () => lenny.api.newFile({ projectId: BIRTHDAY_PROJECT, name: '', contentType: 'text/plain', bytes: Buffer.from('a') }),
      'name',
    );
    await refusedLocally(
      () =>
        lenny.api.newFile({ projectId: BIRTHDAY_PROJECT, name: 'a.txt', contentType: 'c'.repeat(101), bytes: Buffer.from('a') }),
      'contentType',
    );
    await refusedLocally(
      () => lenny.api.newFile({ projectId: BIRTHDAY_PROJECT, name: 'a.txt', contentType: 'text/plain', bytes: Buffer.alloc(0) }),
      'bytes',
    );
  });

  it('a full-text search string over 50 characters', () =>
    refusedLocally(() => lenny.api.getItemsByFullTextSearch({ searchString: 's'.repeat(51) }), 'searchString'));

  it('a keyword not matching ^\\S{1,20}$ (spaces, empty, too long), also as a tag', async () => {
    await refusedLocally(() => lenny.api.getKeywordId('two words'), 'keyword');
    await refusedLocally(() => lenny.api.getKeywordId(''), 'keyword');
    await refusedLocally(() => lenny.api.getKeywordId('k'.repeat(21)), 'keyword');
    const task = (await lenny.getTask('11', '1007'))!;
    await refusedLocally(() => lenny.updateTask(task, { tags: ['bad tag'] }), 'tags');
  });

  it('a dateTime outside 1900-01-01T00:00 … 2079-06-06T23:59 or not in YYYY-MM-DDThh:mm', async () => {
    await refusedLocally(
      () => lenny.api.newTask({ projectId: BIRTHDAY_PROJECT, title: 'Late', dueDate: '2079-06-07T00:00' }),
      'dueDate',
    );
    await refusedLocally(
      () => lenny.api.newTask({ projectId: BIRTHDAY_PROJECT, title: 'Early', dueDate: '1899-12-31T23:59Z' }),
      'dueDate',
    );
    await refusedLocally(() => lenny.api.getItemsByAdvancedSearch({ minDueDate: '01.05.2024' }), 'minDueDate');
    await refusedLocally(
      () => lenny.createTask({ projectRemoteId: '11', title: 'Far', details: '', dueDate: '2100-01-01' }),
      'dueDate',
    );
  });

  it('accepts the range ends and ignores seconds', async () => {
    const id = await lenny.api.newTask({ projectId: BIRTHDAY_PROJECT, title: 'Edge', dueDate: '2079-06-06T23:59:59+02:00' });
    expect(ctx.sim.state.items.get(`task:${id}`)?.dueDate).toBe('2079-06-06T23:59+02:00');
  });

  it('a status Workity does not have, and a priority', async () => {
    const task = (await lenny.getTask('11', '1007'))!;
    await refusedLocally(() => lenny.updateTask(task, { status: 'doing' }), 'status');
    await refusedLocally(() => lenny.updateTask(task, { priority: 2 }), 'priority');
  });
});

describe('what only the server can judge comes back as a clear fault', () => {
  it('an invalid project id', async () => {
    await expect(lenny.api.newTask({ projectId: 14, title: 'Not my project' })).rejects.toMatchObject({
      code: 'not-found',
      field: 'projectRemoteId',
      providerCode: 'InvalidProjectID',
    });
  });

  it('a revision below 1 or beyond current + 1', async () => {
    await expect(
      lenny.api.saveNote({ projectId: 11, noteId: 1001, title: 'Guest list', details: '', newRevision: 0 }),
    ).rejects.toMatchObject({ code: 'validation', field: 'revision' });
    await expect(
      lenny.api.saveNote({ projectId: 11, noteId: 1001, title: 'Guest list', details: '', newRevision: 12 }),
    ).rejects.toMatchObject({ code: 'validation', field: 'revision' });
    expect(ctx.sim.state.items.get('note:1001')?.revision).toBe(10);
  });

  it('the server also refuses what the client checks (a raw call past the client)', () => {
    expect(() =>
      ctx.sim.actAs('lenny').call('NewTask', { ProjectID: 11, Title: 'x'.repeat(101), ModificationDate: '2024-05-01T10:00' }),
    ).toThrow(/Title/);
    expect(() => ctx.sim.actAs('lenny').call('GetItemsByFullTextSearch', { SearchString: 's'.repeat(51) })).toThrow(
      /SearchString/,
    );
    expect(() => ctx.sim.actAs('lenny').call('GetKeywordID', { Keyword: 'a b' })).toThrow(/Keyword/);
    expect(() =>
      ctx.sim.actAs('lenny').call('NewNote', { ProjectID: 11, Title: 'ok', ModificationDate: '2079-06-07T00:00' }),
    ).toThrow(/ModificationDate/);
  });
});
