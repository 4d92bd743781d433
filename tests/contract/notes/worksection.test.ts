import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runJson, type JsonRun } from '../../helpers/cli.js';
import { startWorksectionSimulator, type WorksectionSimulator } from '../../simulators/worksection/index.js';

let sim: WorksectionSimulator;
let dir: string;
let dataDir: string;

const cli = (args: string[], stdin = ''): Promise<JsonRun> => runJson(dataDir, args, stdin);
type Row = Record<string, unknown>;

beforeAll(async () => {
  sim = await startWorksectionSimulator({ tasksPerProject: 8 });
  dir = mkdtempSync(join(tmpdir(), 'worktray-ws-notes-'));
  dataDir = join(dir, 'data');
});
afterAll(async () => {
  await sim.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('Worksection comments and task files through the CLI, checked on the simulator', () => {
  let accountId = '';
  let taskKey = '';
  let taskId = '';
  const commentsOnServer = (text: string) => sim.state.comments.filter((c) => c.taskId === taskId && c.text === text);

  it('adds the account and syncs', async () => {
    const added = await cli(['accounts', 'add', 'worksection', '--label', 'Acme', '--base-url', sim.url], sim.apiKey);
    expect(added.code).toBe(0);
    accountId = String((added.json as Row).id);
    expect((await cli(['sync', '--account', accountId])).code).toBe(0);
    taskId = sim.state.comments[0]!.taskId;
    const tasks = (await cli(['tasks', '--account', accountId, '--status', 'all'])).json as Row[];
    taskKey = String(tasks.find((t) => t.remoteId === taskId)!.key);
  });

  it("comments lists the task's comments as the server holds them", async () => {
    const run = await cli(['comments', taskKey]);
    expect(run.code).toBe(0);
    const expected = sim.state.comments.filter((c) => c.taskId === taskId);
    expect((run.json as Row[]).map((c) => [c.id, c.text])).toEqual(expected.map((c) => [c.id, c.text]));
    expect(Object.keys((run.json as Row[])[0]!)).toEqual(['id', 'author', 'at', 'text']);
  });

  it('comment posts it once', async () => {
    const run = await cli(['comment', taskKey, 'Shipped to staging']);
    expect(run.json).toMatchObject({ key: taskKey, state: 'sent', error: null });
    expect(commentsOnServer('Shipped to staging')).toHaveLength(1);
  });

  it('a task file downloads byte for byte', async () => {
    const bytes = randomBytes(40_000);
    bytes[0] = 0x00;
    bytes[1] = 0xff;
    const task = sim.state.tasks.find((t) => t.id === taskId)!;
    sim.state.files.push({
      id: '990001',
      projectId: task.projectId,
      taskId,
      name: 'photo.bin',
      content: bytes,
      dateAdded: '2024-05-01 10:00',
      userFromId: sim.state.ownerId,
    });
    const listed = (await cli(['files', '--task', taskKey])).json as Row[];
    const row = listed.find((f) => f.name === 'photo.bin')!;
    expect(row).toEqual({
      key: expect.any(String),
      accountId,
      name: 'photo.bin',
      size: bytes.length,
      modifiedAt: expect.any(String),
    });
    const out = join(dir, 'photo.bin');
    expect((await cli(['file', 'get', String(row.key), '--out', out])).json).toEqual({ path: out, size: bytes.length });
    expect(readFileSync(out).equals(bytes)).toBe(true);
  });

  it("files --account --project lists the project's files from the server; file add is refused as unsupported", async () => {
    const project = sim.state.projects[0]!.id;
    const listed = (await cli(['files', '--account', accountId, '--project', project])).json as Row[];
    const expected = sim.state.files.filter((f) => f.projectId === project);
    expect(listed.map((f) => [f.name, f.size])).toEqual(expected.map((f) => [f.name, Buffer.byteLength(f.content)]));
    const path = join(dir, 'photo.bin');
    const upload = await cli(['file', 'add', path, '--account', accountId, '--project', project]);
    expect(upload.code).toBe(1);
    expect(JSON.parse(upload.stderr.trim().split('\n').pop()!)).toMatchObject({ error: { code: 'unsupported' } });
  });

  it('with the server stopped a comment is queued, and after a restart the push posts it exactly once', async () => {
    const port = Number(new URL(sim.url).port);
    const state = sim.state;
    await sim.close();
    const queued = await cli(['comment', taskKey, 'Written on the train']);
    expect(queued.code).toBe(0);
    expect(queued.json).toMatchObject({ state: 'queued' });
    expect((await cli(['outbox'])).json).toEqual([expect.objectContaining({ op: 'comment.add', key: taskKey })]);

    sim = await startWorksectionSimulator({ port, tasksPerProject: 8 });
    Object.assign(sim.state, state);
    expect((await cli(['push', '--account', accountId])).code).toBe(0);
    expect((await cli(['push', '--account', accountId])).code).toBe(0);
    expect(commentsOnServer('Written on the train')).toHaveLength(1);
    expect((await cli(['outbox'])).json).toEqual([]);
  });
});
