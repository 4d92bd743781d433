import { describe, expect, it } from 'vitest';
import type { TimeEntry } from '../../../shared/model.js';
import { clockRange, entriesPerDay } from '../../../renderer/logic/timeTotals.js';
import { createDeleteTaskStore } from '../../../renderer/store/deleteTaskStore.js';
import { createTaskFilesStore, UPLOAD_MAX_BYTES } from '../../../renderer/store/taskFilesStore.js';
import { setup } from './helpers.js';

const entry = (key: string, start: string | null, minutes: number, kind: TimeEntry['kind'] = 'time'): TimeEntry => ({
  key,
  accountId: 'a',
  kind,
  projectRemoteId: '1',
  taskRemoteId: null,
  start,
  end: start ? new Date(Date.parse(start) + minutes * 60_000).toISOString() : null,
  minutes,
  note: '',
});

describe('the entry list per day', () => {
  it('puts the newest day first, each day in start order, with its total; undated entries last', () => {
    const days = entriesPerDay([
      entry('x', '2026-11-30T15:00:00', 30),
      entry('y', '2026-12-01T10:00:00', 20),
      entry('z', null, 5, 'cost'),
      entry('w', '2026-11-30T08:00:00', 15),
    ]);
    expect(days.map((d) => [d.day, d.minutes, d.entries.map((e) => e.key)])).toEqual([
      ['2026-12-01', 20, ['y']],
      ['2026-11-30', 45, ['w', 'x']],
      ['undated', 5, ['z']],
    ]);
  });

  it('shows a 24-hour clock range, and none for a cost', () => {
    expect(clockRange(entry('x', '2026-11-30T08:00:00', 10))).toBe('08:00–08:10');
    expect(clockRange(entry('c', '2026-11-30T00:00:00', 10, 'cost'))).toBe('');
  });
});

describe('the time store', () => {
  it('books time on WebWork, reloads the list with it, and names the task booked on', async () => {
    const { accounts, sims, stores } = await setup({ providers: ['webwork'] });
    const time = stores.time.getState();
    await time.setRange({ from: '2025-03-03', to: '2025-03-03' });
    const task = sims.webwork.state.tasks.find((t) => t.project_id === 100 && !t.deleted_at)!;
    const ok = await time.logTime({
      accountId: accounts.webwork.id,
      projectRemoteId: '100',
      taskRemoteId: String(task.id),
      start: '2025-03-03T09:00',
      minutes: 30,
      note: 'Store booking',
    });
    expect(ok).toBe(true);
    const state = stores.time.getState();
    expect(state.lastResult).toMatchObject({ state: 'sent', error: null });
    expect(state.entries.map((e) => [e.note, e.minutes])).toEqual([['Store booking', 30]]);
    expect(Object.values(state.taskTitles)).toEqual([task.title]);
    expect(sims.webwork.state.timeEntries.filter((e) => e.notes === 'Store booking')).toHaveLength(1);
  });

  it("keeps the core's refusal for the view and books nothing (Worksnaps' 10-minute steps)", async () => {
    const { accounts, sims, stores } = await setup({ providers: ['worksnaps'] });
    const project = String(sims.worksnaps.projects['Mobile App']!.id);
    const before = sims.worksnaps.state.timeEntries.size;
    const ok = await stores.time.getState().logTime({
      accountId: accounts.worksnaps.id,
      projectRemoteId: project,
      start: '2025-03-03T09:03',
      minutes: 7,
    });
    expect(ok).toBe(false);
    expect(stores.time.getState().error).toMatchObject({ code: 'validation', provider: 'worksnaps' });
    expect(sims.worksnaps.state.timeEntries.size).toBe(before);
  });
});

describe('the detail pane’s files and delete stores', () => {
  it('hides files where the service keeps none, and hands a Worksection file’s exact bytes to the download', async () => {
    const { api, accounts, sims } = await setup({ providers: ['webwork', 'worksection'] });
    const saved: { name: string; base64: string }[] = [];
    const files = createTaskFilesStore(api, (name, _type, base64) => saved.push({ name, base64 }));
    const [ww] = (await firstTask(api, accounts.webwork.id)).tasks;
    await files.getState().load(ww!);
    expect(files.getState()).toMatchObject({ supported: false, error: null, files: [] });

    const [ws] = (await firstTask(api, accounts.worksection.id)).tasks;
    const bytes = Buffer.from([0, 255, 1, 2, 3, 0]);
    const simTask = sims.worksection.state.tasks.find((t) => t.id === ws!.remoteId)!;
    sims.worksection.state.files.push({
      id: '990002',
      projectId: simTask.projectId,
      taskId: simTask.id,
      name: 'tiny.bin',
      content: bytes,
      dateAdded: '2024-05-01 10:00',
      userFromId: sims.worksection.state.ownerId,
    });
    await files.getState().load(ws!);
    const listed = files.getState().files.find((f) => f.name === 'tiny.bin')!;
    await files.getState().download(listed);
    expect(saved).toEqual([{ name: 'tiny.bin', base64: bytes.toString('base64') }]);
  });

  it('refuses a file over 64 MB before reading it, naming the file and the limit; nothing is sent', async () => {
    const { api, accounts } = await setup({ providers: ['workity'] });
    const files = createTaskFilesStore(api, () => undefined);
    const [task] = (await firstTask(api, accounts.workity.id)).tasks;
    await files.getState().load(task!);
    let read = false;
    const huge = { name: 'video.mov', type: 'video/quicktime', size: UPLOAD_MAX_BYTES + 1 };
    await files.getState().upload(task!, huge, () => {
      read = true;
      return Promise.resolve('');
    });
    expect(read).toBe(false);
    expect(files.getState().error).toMatchObject({
      field: 'file',
      message: 'video.mov is too large: Workity takes files up to 64 MB.',
    });
    expect(api.calls.some((c) => c.channel === 'files:add')).toBe(false);
  });

  it('deletes a WebWork task on the server, offering its undo; Worksection refuses with its reason', async () => {
    const { api, accounts, sims } = await setup({ providers: ['webwork', 'worksection'] });
    const recorded: string[] = [];
    const store = createDeleteTaskStore(api, (label) => recorded.push(label));
    const [ww] = (await firstTask(api, accounts.webwork.id)).tasks;
    store.getState().ask();
    expect((await store.getState().confirm(ww!))?.state).toBe('sent');
    expect(recorded).toEqual([`Deleted “${ww!.title}”`]);
    expect(store.getState().confirming).toBe(false);
    expect(sims.webwork.state.tasks.find((t) => String(t.id) === ww!.remoteId)?.deleted_at).toBeTruthy();

    const [ws] = (await firstTask(api, accounts.worksection.id)).tasks;
    expect(await store.getState().confirm(ws!)).toBeNull();
    expect(recorded).toHaveLength(1);
    expect(store.getState().error).toMatchObject({ code: 'unsupported', message: expect.stringContaining('Worksection') });
  });
});

async function firstTask(api: Parameters<typeof createDeleteTaskStore>[0], accountId: string) {
  const reply = await api.invoke('tasks:list', { accountId, status: 'not-done', limit: 1 });
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.value;
}
