import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIRTHDAY_PROJECT, GUEST_LIST_NOTE, connect, startSim } from './helpers.js';
import type { WorkitySession } from '../../../main/core/providers/workity/index.js';

let ctx: Awaited<ReturnType<typeof startSim>>;
let lenny: WorkitySession;

beforeAll(async () => {
  ctx = await startSim();
  lenny = connect(ctx.sim, 'lenny', ctx.clock.now);
});
afterAll(async () => {
  await lenny.close();
  await ctx.sim.close();
});

describe('every Workity function through the client', () => {
  it('Login, IsAuthenticated and GetUserInfo identify the calling user', async () => {
    expect(await lenny.api.isAuthenticated()).toBe(false);
    await lenny.api.login();
    expect(await lenny.api.isAuthenticated()).toBe(true);
    const info = await lenny.api.getUserInfo();
    expect(info).toMatchObject({ UserID: '101', Name: 'Lenny Leonard', FreeFileStorage: 10 * 1024 * 1024 });
  });

  it('GetUserProjects lists active projects alphabetically, without the inactive one', async () => {
    const names = (await lenny.api.getUserProjects()).map((p) => p.Name);
    expect(names).toEqual(['Birthday party', 'Bowling league', 'Plant newsletter', 'Sector 7G safety']);
  });

  it('GetUserTeam and GetProjectTeam return the members alphabetically', async () => {
    expect((await lenny.api.getUserTeam()).map((p) => p.Name)).toEqual(['Carl Carlson', 'Homer Simpson', 'Lenny Leonard']);
    expect((await lenny.api.getProjectTeam(13)).map((p) => p.PersonID)).toEqual(['102', '101']);
  });

  it('GetKeywordID returns existing ids and makes new keywords; Get*Keywords count their use', async () => {
    expect(await lenny.api.getKeywordId('party')).toBe('5');
    const fresh = await lenny.api.getKeywordId('balloons');
    expect(BigInt(fresh)).toBeGreaterThan(7n);
    const projectKeywords = await lenny.api.getProjectKeywords(BIRTHDAY_PROJECT);
    expect(projectKeywords.find((k) => k.Name === 'party')?.UsageCount).toBeGreaterThanOrEqual(1);
    const userKeywords = await lenny.api.getUserKeywords();
    expect(userKeywords.map((k) => k.Name)).toEqual([...userKeywords.map((k) => k.Name)].sort((a, b) => a.localeCompare(b)));
  });

  it('NewTask, GetItems, SaveTask and UpdateTaskStatus round-trip a task', async () => {
    const id = await lenny.api.newTask({
      projectId: BIRTHDAY_PROJECT,
      title: 'Buy balloons',
      details: 'Red ones',
      dueDate: '2024-05-10T00:00Z',
    });
    let [task] = (await lenny.api.getItems({ taskIds: [id] })).TaskItems;
    expect(task).toMatchObject({
      Title: 'Buy balloons',
      Details: 'Red ones',
      IsFinished: false,
      Revision: 0,
      DueDate: '2024-05-10T00:00Z',
    });
    expect(task?.Persons.map((p) => p.PersonID)).toEqual(['101']);
    expect(
      await lenny.api.saveTask({
        projectId: BIRTHDAY_PROJECT,
        taskId: id,
        title: 'Buy 20 balloons',
        details: 'Red',
        dueDate: null,
        newRevision: 1,
      }),
    ).toBe(0);
    await lenny.api.updateTaskStatus(id, true);
    [task] = (await lenny.api.getItems({ taskIds: [id] }, false)).TaskItems;
    expect(task).toMatchObject({ Title: 'Buy 20 balloons', IsFinished: true, Revision: 1 });
    expect(task?.Details).toBeNull();
  });

  it('NewNote and SaveNote create and update a note', async () => {
    const id = await lenny.api.newNote({
      projectId: BIRTHDAY_PROJECT,
      title: 'Playlist',
      details: 'Disco Stu',
      personIds: [102, 999],
    });
    expect(
      await lenny.api.saveNote({
        projectId: BIRTHDAY_PROJECT,
        noteId: id,
        title: 'Playlist',
        details: 'Disco Stu, Be Sharps',
        newRevision: 1,
      }),
    ).toBe(0);
    const [note] = (await lenny.api.getItems({ noteIds: [id] })).NoteItems;
    expect(note).toMatchObject({ Title: 'Playlist', Details: 'Disco Stu, Be Sharps', Revision: 1 });
    expect(note?.Persons.map((p) => p.PersonID)).toEqual(['102']);
  });

  it('NewFile, SaveFile and DownloadFile keep the bytes; storage is charged', async () => {
    const before = (await lenny.api.getUserInfo()).FreeFileStorage;
    const bytes = Buffer.from('name,phone\nHomer,555-7334\n');
    const id = await lenny.api.newFile({
      projectId: BIRTHDAY_PROJECT,
      name: 'contacts.csv',
      contentType: 'text/csv',
      details: 'Phone list',
      bytes,
    });
    expect(
      await lenny.api.saveFile({ projectId: BIRTHDAY_PROJECT, fileId: id, details: 'Phone list 2024', newRevision: 1 }),
    ).toBe(0);
    const [file] = (await lenny.api.getItems({ fileIds: [id] })).FileItems;
    expect(file).toMatchObject({
      Name: 'contacts.csv',
      ContentType: 'text/csv',
      Size: bytes.length,
      Details: 'Phone list 2024',
      Revision: 1,
    });
    const download = await lenny.api.downloadFile(id);
    expect(download).toEqual({ name: 'contacts.csv', contentType: 'text/csv', bytes });
    expect((await lenny.api.getUserInfo()).FreeFileStorage).toBe(before - bytes.length);
  });

  it('NewFile reports full storage (-1) as a clear error and stores nothing', async () => {
    const { sim } = ctx;
    const user = sim.state.users.find((u) => u.id === 101)!;
    const saved = user.freeStorage;
    user.freeStorage = 4;
    const files = [...sim.state.items.values()].filter((i) => i.kind === 'file').length;
    await expect(
      lenny.api.newFile({
        projectId: BIRTHDAY_PROJECT,
        name: 'big.bin',
        contentType: 'application/octet-stream',
        bytes: Buffer.alloc(16),
      }),
    ).rejects.toMatchObject({ code: 'validation', field: 'bytes', providerCode: -1 });
    expect([...sim.state.items.values()].filter((i) => i.kind === 'file').length).toBe(files);
    user.freeStorage = saved;
  });

  it('AddKeywords, RemoveKeywords, AddPersons and RemovePersons tag items', async () => {
    const ref = { noteIds: [GUEST_LIST_NOTE] };
    await lenny.api.addKeywords(ref, [3, 424242]);
    await lenny.api.addPersons(ref, [103]);
    let [note] = (await lenny.api.getItems(ref)).NoteItems;
    expect(note?.Keywords.map((k) => k.Name)).toEqual(['party', 'urgent']);
    expect(note?.Persons.map((p) => p.PersonID)).toEqual(['101', '102', '103']);
    await lenny.api.removeKeywords(ref, [3]);
    await lenny.api.removePersons(ref, [103]);
    [note] = (await lenny.api.getItems(ref)).NoteItems;
    expect(note?.Keywords.map((k) => k.KeywordID)).toEqual(['5']);
    expect(note?.Persons.map((p) => p.PersonID)).toEqual(['101', '102']);
  });

  it('GetItemsByAdvancedSearch filters by keyword, status, due date and modifier', async () => {
    const party = await lenny.api.getItemsByAdvancedSearch({ keywordIds: [5] });
    expect(party.NoteItems.map((n) => n.Title)).toContain('Guest list');
    const finished = await lenny.api.getItemsByAdvancedSearch({
      projectIds: [12],
      unfinishedTasks: false,
      notes: false,
      files: false,
    });
    expect(finished.TaskItems.length).toBeGreaterThan(0);
    expect(finished.TaskItems.every((t) => t.IsFinished)).toBe(true);
    const due = await lenny.api.getItemsByAdvancedSearch({
      minDueDate: '2024-05-01T00:00Z',
      maxDueDate: '2024-05-05T00:00Z',
      notes: false,
      files: false,
    });
    expect(due.TaskItems.every((t) => t.DueDate !== null && t.DueDate >= '2024-05-01' && t.DueDate <= '2024-05-05T00:00Z')).toBe(
      true,
    );
    const byCarl = await lenny.api.getItemsByAdvancedSearch({ modifiedBy: 102 });
    expect([...byCarl.TaskItems, ...byCarl.NoteItems].every((i) => i.Modification.Person.PersonID === '102')).toBe(true);
    expect((await lenny.api.getItemsByAdvancedSearch({ projectIds: [14] })).TaskItems).toEqual([]);
  });

  it('GetItemsByFullTextSearch matches words in titles and details', async () => {
    const found = await lenny.api.getItemsByFullTextSearch({ searchString: 'guest -"cake"' });
    expect(found.NoteItems.map((n) => n.Title)).toContain('Guest list');
    expect(
      found.TaskItems.every((t) => /guest/i.test(`${t.Title} ${t.Details}`) && !/cake/i.test(`${t.Title} ${t.Details}`)),
    ).toBe(true);
    const files = await lenny.api.getItemsByFullTextSearch({
      searchString: 'console',
      unfinishedTasks: false,
      finishedTasks: false,
      notes: false,
    });
    expect(files.FileItems.map((f) => f.Name)).toEqual(['safety-checklist.txt']);
  });

  it('GetItemsByNewsSearch shows changes by others until ResetNews', async () => {
    const carl = connect(ctx.sim, 'carl', ctx.clock.now);
    const id = await carl.api.newNote({ projectId: BIRTHDAY_PROJECT, title: 'Carl brings the grill', details: '' });
    const news = await lenny.api.getItemsByNewsSearch();
    expect(news.NoteItems.map((n) => n.NoteID)).toContain(id);
    expect([...news.TaskItems, ...news.NoteItems, ...news.FileItems].every((i) => i.Modification.Person.PersonID !== '101')).toBe(
      true,
    );
    await lenny.api.resetNews();
    ctx.clock.advance(1);
    const after = await lenny.api.getItemsByNewsSearch();
    expect([...after.TaskItems, ...after.NoteItems, ...after.FileItems]).toEqual([]);
    await carl.close();
  });

  it('DeleteItems removes items; invalid ids are ignored', async () => {
    const id = await lenny.api.newTask({ projectId: BIRTHDAY_PROJECT, title: 'Temporary', details: '' });
    await lenny.api.deleteItems({ taskIds: [id, 987654] });
    expect((await lenny.api.getItems({ taskIds: [id] })).TaskItems).toEqual([]);
  });

  it('Logout disables the ticket', async () => {
    expect(await lenny.api.logout()).toBe(true);
    expect(await lenny.api.isAuthenticated()).toBe(false);
    expect(ctx.sim.state.tickets.size).toBe(0);
  });
});
