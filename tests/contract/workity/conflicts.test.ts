import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Task } from '../../../shared/model.js';
import type { WorkitySession } from '../../../main/core/providers/workity/index.js';
import { BIRTHDAY_PROJECT, GUEST_LIST_NOTE, asConflict, collectingSink, connect, startSim } from './helpers.js';

let ctx: Awaited<ReturnType<typeof startSim>>;
let lenny: WorkitySession;
let carl: WorkitySession;
const range = { from: new Date(0), to: new Date() };

beforeEach(async () => {
  ctx = await startSim();
  lenny = connect(ctx.sim, 'lenny', ctx.clock.now);
  carl = connect(ctx.sim, 'carl', ctx.clock.now);
});
afterEach(async () => {
  await ctx.sim.close();
});

const guestList = (session: WorkitySession) => session.api.getItems({ noteIds: [GUEST_LIST_NOTE] }).then((r) => r.NoteItems[0]);

describe("the seed's write-write example: Lenny and Carl edit the guest list (revision 10)", () => {
  it('Carl gets 1, finds both items by keyword 1, merges, deletes the copy and removes the keyword', async () => {
    const seen = await guestList(carl);
    expect(seen?.Revision).toBe(10);
    const base = seen!.Details ?? '';
    expect(
      await lenny.api.saveNote({
        projectId: BIRTHDAY_PROJECT,
        noteId: GUEST_LIST_NOTE,
        title: 'Guest list',
        details: `${base}\nHomer`,
        newRevision: 11,
      }),
    ).toBe(0);
    expect(
      await carl.api.saveNote({
        projectId: BIRTHDAY_PROJECT,
        noteId: GUEST_LIST_NOTE,
        title: 'Guest list',
        details: `${base}\nNed`,
        newRevision: 11,
      }),
    ).toBe(1);

    const tagged = (await carl.api.getItemsByAdvancedSearch({ keywordIds: [1] })).NoteItems;
    expect(tagged).toHaveLength(2);
    const copy = tagged.find((n) => n.NoteID !== GUEST_LIST_NOTE)!;
    expect(copy.Details).toBe(`${base}\nHomer`);
    expect(copy.Persons).toEqual([]);
    expect(tagged.find((n) => n.NoteID === GUEST_LIST_NOTE)?.Details).toBe(`${base}\nNed`);

    expect(
      await carl.api.saveNote({
        projectId: BIRTHDAY_PROJECT,
        noteId: GUEST_LIST_NOTE,
        title: 'Guest list',
        details: `${base}\nNed\nHomer`,
        newRevision: 12,
      }),
    ).toBe(0);
    await carl.api.deleteItems({ noteIds: [copy.NoteID] });
    await carl.api.removeKeywords({ noteIds: [GUEST_LIST_NOTE] }, [1]);

    const final = await guestList(lenny);
    expect(final).toMatchObject({ Details: `${base}\nNed\nHomer`, Revision: 12 });
    expect(final?.Keywords.map((k) => k.KeywordID)).toEqual(['5']);
    expect((await lenny.api.getItemsByAdvancedSearch({ keywordIds: [1] })).NoteItems).toEqual([]);
  });

  it('a pull reports the pair as a conflict and resolveConflict settles it the same way', async () => {
    await lenny.api.saveNote({
      projectId: BIRTHDAY_PROJECT,
      noteId: GUEST_LIST_NOTE,
      title: 'Guest list',
      details: 'Lenny\nCarl\nHomer',
      newRevision: 11,
    });
    await carl.api.saveNote({
      projectId: BIRTHDAY_PROJECT,
      noteId: GUEST_LIST_NOTE,
      title: 'Guest list',
      details: 'Lenny\nCarl\nNed',
      newRevision: 11,
    });
    const pulled = collectingSink();
    await carl.pull(pulled.sink, range);
    const found = pulled.conflicts.find((c) => c.key === `workity:acc-carl:note:${GUEST_LIST_NOTE}`);
    expect(found).toMatchObject({
      kind: 'write-write',
      fields: { details: { mine: 'Lenny\nCarl\nNed', theirs: 'Lenny\nCarl\nHomer' } },
    });
    expect(found?.serverItems).toMatchObject({ original: String(GUEST_LIST_NOTE), originalKind: 'note', copyKind: 'note' });

    await carl.resolveConflict(asConflict(found!, 'acc-carl'), {
      kind: 'fields',
      values: { details: 'Lenny\nCarl\nNed\nHomer' },
    });
    expect(await guestList(lenny)).toMatchObject({ Details: 'Lenny\nCarl\nNed\nHomer', Revision: 12 });
    expect(ctx.sim.state.items.has(`note:${found!.serverItems.copy}`)).toBe(false);
    const again = collectingSink();
    await carl.pull(again.sink, range);
    expect(again.conflicts).toEqual([]);
  });
});

describe("the seed's delete-write example: Carl deletes the guest list while Lenny edits it", () => {
  it('Lenny gets 2, finds the new item by keyword 2, re-assigns himself and removes the keyword', async () => {
    await carl.api.deleteItems({ noteIds: [GUEST_LIST_NOTE] });
    expect(
      await lenny.api.saveNote({
        projectId: BIRTHDAY_PROJECT,
        noteId: GUEST_LIST_NOTE,
        title: 'Guest list',
        details: 'Homer: 742 Evergreen Terrace',
        newRevision: 11,
      }),
    ).toBe(2);

    const [kept] = (await lenny.api.getItemsByAdvancedSearch({ keywordIds: [2] })).NoteItems;
    expect(kept).toMatchObject({ Title: 'Guest list', Details: 'Homer: 742 Evergreen Terrace', Persons: [] });
    await lenny.api.addPersons({ noteIds: [kept!.NoteID] }, [101]);
    await lenny.api.removeKeywords({ noteIds: [kept!.NoteID] }, [2]);

    const [after] = (await lenny.api.getItems({ noteIds: [kept!.NoteID] })).NoteItems;
    expect(after?.Persons.map((p) => p.Name)).toEqual(['Lenny Leonard']);
    expect(after?.Keywords).toEqual([]);
  });

  it('a deleted file saved again becomes a note titled ??? without the bytes', async () => {
    await carl.api.deleteItems({ fileIds: [1006] });
    expect(
      await lenny.api.saveFile({ projectId: BIRTHDAY_PROJECT, fileId: 1006, details: 'Invitation v2', newRevision: 2 }),
    ).toBe(2);
    const [note] = (await lenny.api.getItemsByAdvancedSearch({ keywordIds: [2] })).NoteItems;
    expect(note).toMatchObject({ Title: '???', Details: 'Invitation v2' });
  });

  it('a file in a write-write conflict is copied to a note named after the file', async () => {
    await carl.api.saveFile({ projectId: BIRTHDAY_PROJECT, fileId: 1006, details: 'Carl: final', newRevision: 2 });
    expect(await lenny.api.saveFile({ projectId: BIRTHDAY_PROJECT, fileId: 1006, details: 'Lenny: final', newRevision: 2 })).toBe(
      1,
    );
    const tagged = await lenny.api.getItemsByAdvancedSearch({ keywordIds: [1] });
    expect(tagged.FileItems.map((f) => f.Details)).toEqual(['Lenny: final']);
    expect(tagged.NoteItems).toMatchObject([{ Title: 'invitation.pdf', Details: 'Carl: final' }]);
    expect((await lenny.api.downloadFile(1006)).bytes.length).toBeGreaterThan(0);
  });
});

async function pulledTask(session: WorkitySession, title: string): Promise<Task> {
  const pulled = collectingSink();
  await session.pull(pulled.sink, range);
  const task = (pulled.tasks.get(String(BIRTHDAY_PROJECT)) ?? []).find((t) => t.title === title);
  if (!task) throw new Error(`no task ${title}`);
  return task;
}

describe('task conflicts through the adapter (updateTask -> resolveConflict)', () => {
  it('write-write: the later save gets a conflict with base, mine and theirs, resolved by merging', async () => {
    const id = await lenny.api.newTask({ projectId: BIRTHDAY_PROJECT, title: 'Rent a bouncy castle', details: 'Small one' });
    const lennysBase = await pulledTask(lenny, 'Rent a bouncy castle');
    const carlsBase = await pulledTask(carl, 'Rent a bouncy castle');
    expect(await lenny.updateTask(lennysBase, { details: 'Big one' })).toMatchObject({
      kind: 'saved',
      task: { details: 'Big one', revision: '1' },
    });

    const outcome = await carl.updateTask(carlsBase, { details: 'Medium one', title: 'Rent a bouncy castle!' });
    expect(outcome.kind).toBe('conflict');
    if (outcome.kind !== 'conflict') return;
    expect(outcome.conflict).toMatchObject({
      kind: 'write-write',
      fields: {
        details: { base: 'Small one', mine: 'Medium one', theirs: 'Big one' },
        title: { base: 'Rent a bouncy castle', mine: 'Rent a bouncy castle!', theirs: 'Rent a bouncy castle' },
      },
      serverItems: { original: String(id), originalKind: 'task', copyKind: 'task' },
    });
    const pulled = collectingSink();
    await carl.pull(pulled.sink, range);
    expect(pulled.conflicts).toEqual([
      expect.objectContaining({
        key: `workity:acc-carl:task:${id}`,
        kind: 'write-write',
        serverItems: outcome.conflict.serverItems,
      }),
    ]);
    expect(JSON.stringify(pulled.conflicts[0]?.serverItems)).toBe(JSON.stringify(outcome.conflict.serverItems));
    await carl.resolveConflict(asConflict(outcome.conflict, 'acc-carl'), {
      kind: 'fields',
      values: { details: 'Big one (Carl agrees)', title: 'Rent a bouncy castle', status: 'done' },
    });
    const final = await lenny.getTask(String(BIRTHDAY_PROJECT), String(id));
    expect(final).toMatchObject({
      details: 'Big one (Carl agrees)',
      title: 'Rent a bouncy castle',
      status: 'done',
      revision: '2',
    });
    expect(final?.tags).toEqual([]);
    expect(ctx.sim.state.items.has(`task:${outcome.conflict.serverItems.copy}`)).toBe(false);
  });

  it('delete-write: keep re-assigns the user and the original persons and removes keyword 2', async () => {
    const base = await pulledTask(lenny, 'Check the parking plan #1');
    ctx.sim.actAs('carl').call('DeleteItems', { TaskIDs: { long: [Number(base.remoteId)] } });
    const outcome = await lenny.updateTask(base, { title: 'Check the parking plan (again)' });
    expect(outcome).toMatchObject({
      kind: 'conflict',
      conflict: {
        kind: 'delete-write',
        fields: { title: { base: 'Check the parking plan #1', mine: 'Check the parking plan (again)', theirs: null } },
      },
    });
    if (outcome.kind !== 'conflict') return;
    const copyId = outcome.conflict.serverItems.copy!;
    await lenny.resolveConflict(asConflict(outcome.conflict, 'acc-lenny'), { kind: 'keep' });
    const kept = await lenny.getTask(String(BIRTHDAY_PROJECT), copyId);
    expect(kept).toMatchObject({ title: 'Check the parking plan (again)', isMine: true, assignees: ['Lenny Leonard'] });
    expect(kept?.tags).toEqual(base.tags);
  });

  it('delete-write: drop deletes the conflict item', async () => {
    const base = await pulledTask(lenny, 'Check the parking plan #1');
    await carl.deleteTask(base);
    const outcome = await lenny.updateTask(base, { details: 'late edit' });
    if (outcome.kind !== 'conflict') throw new Error('expected a conflict');
    await lenny.resolveConflict(asConflict(outcome.conflict, 'acc-lenny'), { kind: 'drop' });
    expect(await lenny.getTask(String(BIRTHDAY_PROJECT), outcome.conflict.serverItems.copy!)).toBeNull();
  });

  it('a pending write-write conflict on the server is found by a pull, oriented to the caller', async () => {
    await ctx.sim.close();
    ctx = await startSim({ pendingConflict: true });
    lenny = connect(ctx.sim, 'lenny', ctx.clock.now);
    const pulled = collectingSink();
    await lenny.pull(pulled.sink, range);
    expect(pulled.conflicts).toHaveLength(1);
    expect(pulled.conflicts[0]).toMatchObject({
      kind: 'write-write',
      fields: {
        title: { mine: 'Order the birthday cake', theirs: 'Order the chocolate cake' },
        details: { mine: 'Vanilla, three tiers', theirs: 'Chocolate, two tiers' },
      },
    });
  });

  it('a tag edit on a task in conflict works: the conflict keyword stays, then removing it sends RemoveKeywords 1', async () => {
    const id = await lenny.api.newTask({ projectId: BIRTHDAY_PROJECT, title: 'Book the bowling lane', details: 'Lane 3' });
    const carlsBase = await pulledTask(carl, 'Book the bowling lane');
    await lenny.updateTask(await pulledTask(lenny, 'Book the bowling lane'), { details: 'Lane 4' });
    expect((await carl.updateTask(carlsBase, { details: 'Lane 5' })).kind).toBe('conflict');
    const inConflict = await pulledTask(carl, 'Book the bowling lane');
    expect(inConflict.tags).toEqual(['!WRITE-WRITE-CONFLICT!']);

    const tagged = await carl.updateTask(inConflict, { tags: [...inConflict.tags, 'bowling'] });
    expect(tagged).toMatchObject({
      kind: 'saved',
      task: { tags: expect.arrayContaining(['!WRITE-WRITE-CONFLICT!', 'bowling']) },
    });
    const onServer = () => ctx.sim.state.items.get(`task:${id}`)?.keywordIds.map((k) => ctx.sim.state.keywords.get(k));
    expect(onServer()).toEqual(['!WRITE-WRITE-CONFLICT!', 'bowling']);
    if (tagged.kind !== 'saved') return;

    expect(await carl.updateTask(tagged.task, { tags: ['bowling'] })).toMatchObject({
      kind: 'saved',
      task: { tags: ['bowling'] },
    });
    expect(onServer()).toEqual(['bowling']);
  });

  it('only the server adds a conflict keyword: adding one by hand is refused naming the tags', async () => {
    const task = await pulledTask(lenny, 'Check the parking plan #1');
    await expect(lenny.updateTask(task, { tags: [...task.tags, '!DELETE-WRITE-CONFLICT!'] })).rejects.toMatchObject({
      code: 'validation',
      field: 'tags',
    });
    expect(ctx.sim.state.items.get(`task:${task.remoteId}`)?.keywordIds).not.toContain(2);
  });
});
