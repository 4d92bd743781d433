import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runJson, type JsonRun } from '../../helpers/cli.js';
import { startWorkitySimulator, type WorkitySimulator } from '../../simulators/workity/index.js';

let sim: WorkitySimulator;
let dataDir: string;

const cli = (args: string[], stdin = ''): Promise<JsonRun> => runJson(dataDir, args, stdin);

beforeAll(async () => {
  sim = await startWorkitySimulator({ tasksPerProject: 5 });
  dataDir = mkdtempSync(join(tmpdir(), 'worktray-workity-'));
});
afterAll(async () => {
  await sim.close();
  rmSync(dataDir, { recursive: true, force: true });
});

type Row = Record<string, unknown>;

describe('worktray CLI against the Workity simulator', () => {
  let accountId = '';
  let addedKey = '';

  it('accounts add needs --email, checks the password, saves nothing when wrong, never prints it', async () => {
    const noEmail = await cli(
      ['accounts', 'add', 'workity', '--label', 'Plant', '--base-url', sim.url],
      sim.users.lenny.password,
    );
    expect(noEmail.code).toBe(1);
    expect(noEmail.stderr).toContain('email');
    const bad = await cli(
      ['accounts', 'add', 'workity', '--label', 'Plant', '--base-url', sim.url, '--email', sim.users.lenny.email],
      'not-the-password',
    );
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('"code":"auth"');
    expect(bad.stderr + bad.stdout).not.toContain('not-the-password');
    const good = await cli(
      ['accounts', 'add', 'workity', '--label', 'Plant', '--base-url', sim.url, '--email', sim.users.lenny.email],
      sim.users.lenny.password,
    );
    expect(good.code).toBe(0);
    accountId = String((good.json as Row).id);
    expect(good.stdout).not.toContain(sim.users.lenny.password);
  });

  it('sync pulls projects, tasks and news', async () => {
    const run = await cli(['sync']);
    expect(run.code).toBe(0);
    const [account] = (run.json as { accounts: Row[] }).accounts;
    expect(account).toMatchObject({ id: accountId, error: null });
    expect((account?.pulled as Row).tasks).toBeGreaterThan(0);
    const tasks = (await cli(['tasks', '--account', accountId, '--project', '11', '--status', 'all'])).json as Row[];
    expect(tasks.length).toBe(5);
  });

  it('add sends a task to the server', async () => {
    const run = await cli([
      'add',
      'Blow up balloons',
      '--account',
      accountId,
      '--project',
      '11',
      '--details',
      '50 of them',
      '--due',
      '2030-05-10',
    ]);
    expect(run.code).toBe(0);
    expect(run.json).toMatchObject({ state: 'sent' });
    addedKey = String((run.json as Row).key);
    const remoteId = String((run.json as Row).remoteId);
    expect(sim.state.items.get(`task:${remoteId}`)).toMatchObject({
      title: 'Blow up balloons',
      details: '50 of them',
      dueDate: '2030-05-10T00:00', // local midnight without a zone, as the seed writes due dates
    });
  });

  it('edit saves with the next revision', async () => {
    const run = await cli(['edit', addedKey, '--title', 'Blow up 60 balloons']);
    expect(run.json).toMatchObject({ state: 'sent' });
    const remoteId = String((run.json as Row).remoteId);
    expect(sim.state.items.get(`task:${remoteId}`)).toMatchObject({ title: 'Blow up 60 balloons', revision: 1 });
  });

  it('news lists what others changed since the last reset', async () => {
    const news = (await cli(['news', '--account', accountId])).json as Row[];
    expect(news.length).toBeGreaterThan(0);
    expect(news.every((n) => n.modifiedBy !== 'Lenny Leonard')).toBe(true);
    expect(news[0]).toMatchObject({
      key: expect.stringMatching(/^workity:.+:news:(task|note|file)-\d+$/),
      kind: expect.any(String),
    });
  });

  it('news reset --account ID clears the news on the server (CLI.md)', async () => {
    const run = await cli(['news', 'reset', '--account', accountId]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    await cli(['sync']);
    expect((await cli(['news', '--account', accountId])).json).toEqual([]);
  });

  it('conflicts shows a write-write conflict and conflicts resolve settles it on the server', async () => {
    const tasks = (await cli(['tasks', '--account', accountId, '--search', '60 balloons'])).json as Row[];
    const task = tasks[0]!;
    const remoteId = String(task.remoteId);
    const carl = sim.actAs('carl');
    expect(
      carl.callNumber('SaveTask', {
        ProjectID: 11,
        TaskID: remoteId,
        Title: 'Blow up 80 balloons',
        Details: '50 of them',
        NewRevision: 2,
        ModificationDate: '2030-01-01T10:00',
      }),
    ).toBe(0);
    const edit = await cli(['edit', String(task.key), '--details', 'Red and white']);
    expect(edit.code).not.toBeNull();
    await cli(['sync']);
    const open = (await cli(['conflicts'])).json as Row[];
    const conflict = open.find((c) => c.key === task.key)!;
    expect(conflict).toMatchObject({ kind: 'write-write', fields: { details: { mine: 'Red and white', theirs: '50 of them' } } });
    const copyId = [...sim.state.items.values()].find(
      (i) => i.kind === 'task' && i.id !== remoteId && i.keywordIds.includes(1),
    )!.id;

    const resolved = await cli(['conflicts', 'resolve', String(conflict.id), '--keep', 'mine']);
    expect(resolved.code).toBe(0);
    const original = sim.state.items.get(`task:${remoteId}`)!;
    expect(original.details).toBe('Red and white');
    expect(original.keywordIds).not.toContain(1);
    expect(sim.state.items.has(`task:${copyId}`)).toBe(false);
    expect(((await cli(['conflicts'])).json as Row[]).filter((c) => c.key === task.key)).toEqual([]);
  });
});
