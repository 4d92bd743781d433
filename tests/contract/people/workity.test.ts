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
  sim = await startWorkitySimulator({ tasksPerProject: 2 });
  dataDir = mkdtempSync(join(tmpdir(), 'worktray-people-wy-'));
});
afterAll(async () => {
  await sim.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('people, priority, subtasks and delete against the Workity simulator', () => {
  let accountId = '';
  let key = '';
  let remoteId = '';
  const me = () => sim.users.lenny;
  const project = () => sim.state.projects.find((p) => p.active && p.memberIds.includes(me().id) && p.memberIds.length > 1)!;
  const colleague = () => sim.state.users.find((u) => u.id !== me().id && project().memberIds.includes(u.id))!;
  const item = () => sim.state.items.get(`task:${remoteId}`);

  it('members lists the project teams the simulator holds', async () => {
    const add = await cli(
      ['accounts', 'add', 'workity', '--label', 'Plant', '--base-url', sim.url, '--email', me().email],
      me().password,
    );
    accountId = (add.json as { id: string }).id;
    expect((await cli(['sync', '--account', accountId])).code).toBe(0);
    const ids = new Set(sim.state.projects.filter((p) => p.active && p.memberIds.includes(me().id)).flatMap((p) => p.memberIds));
    const expected = sim.state.users
      .filter((u) => ids.has(u.id))
      .map((u) => ({ accountId, remoteId: String(u.id), name: u.name, email: null }));
    const run = await cli(['members', '--account', accountId]);
    expect(run.json).toEqual(expect.arrayContaining(expected));
    expect((run.json as unknown[]).length).toBe(expected.length);
  });

  it('add --assignee puts that person on the new task with AddPersons', async () => {
    const run = await cli([
      'add',
      'With a colleague',
      '--account',
      accountId,
      '--project',
      String(project().id),
      '--assignee',
      colleague().name,
    ]);
    expect(run.json).toMatchObject({ state: 'sent' });
    ({ key, remoteId } = run.json as { key: string; remoteId: string });
    expect(item()?.personIds).toContain(colleague().id);
  });

  it('edit --assignee sets exactly the people named (RemovePersons for the rest)', async () => {
    const run = await cli(['edit', key, '--assignee', me().name.toLowerCase()]);
    expect(run.json).toMatchObject({ state: 'sent' });
    expect(item()?.personIds).toEqual([me().id]);
  });

  it('priority and subtasks are unsupported with the reason; an unknown person is a usage error', async () => {
    const before = JSON.stringify(item());
    const priority = await cli(['edit', key, '--priority', 'high']);
    expect(priority.code).toBe(1);
    expect(priority.stderr).toContain('"code":"unsupported"');
    const parent = await cli(['add', 'Sub', '--account', accountId, '--project', String(project().id), '--parent', remoteId]);
    expect(parent.code).toBe(1);
    expect(parent.stderr).toContain('subtasks');
    const unknown = await cli(['edit', key, '--assignee', 'Nobody Here']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Nobody Here');
    expect(JSON.stringify(item())).toBe(before);
  });

  it('delete removes the task on the server', async () => {
    expect((await cli(['delete', key])).json).toMatchObject({ state: 'sent' });
    expect(item()).toBeUndefined();
  });
});
