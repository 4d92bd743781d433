import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runJson, type JsonRun } from '../../helpers/cli.js';
import { startWebworkSimulator, type WebworkSimulator } from '../../simulators/webwork/index.js';

let sim: WebworkSimulator;
let dataDir: string;
const cli = (args: string[], stdin = ''): Promise<JsonRun> => runJson(dataDir, args, stdin);

beforeAll(async () => {
  sim = await startWebworkSimulator({ tasksPerProject: 3, bigProjectTasks: 3, rateLimitPerMinute: 100_000 });
  dataDir = mkdtempSync(join(tmpdir(), 'worktray-people-ww-'));
});
afterAll(async () => {
  await sim.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const simTask = (id: string) => sim.state.tasks.find((t) => String(t.id) === id);

describe('people, priority, subtasks and delete against the WebWork simulator', () => {
  let accountId = '';
  let key = '';
  let remoteId = '';

  it('members lists the people of the workspace the simulator holds', async () => {
    const add = await cli(['accounts', 'add', 'webwork', '--label', 'Acme', '--base-url', sim.url], sim.tokens.owner);
    accountId = (add.json as { id: string }).id;
    expect((await cli(['sync'])).code).toBe(0);
    const run = await cli(['members', '--account', accountId]);
    expect(run.code).toBe(0);
    const expected = sim.state.memberships
      .filter((m) => m.workspace_id === 1 && !m.deleted_at)
      .map((m) => sim.state.users.find((u) => u.id === m.user_id))
      .map((u) => ({ accountId, remoteId: String(u?.id), name: `${u?.firstname} ${u?.lastname}`, email: u?.email }));
    expect(run.json).toEqual(expect.arrayContaining(expected));
    expect((run.json as unknown[]).length).toBe(expected.length);
  });

  it('tasks keep Completed (30) apart from Done (20), and name custom workspace statuses', async () => {
    const [completed, done, review] = sim.state.tasks.filter((t) => t.project_id === 100 && !t.deleted_at);
    completed!.status = 30;
    done!.status = 20;
    review!.status = 11;
    expect((await cli(['sync', '--account', accountId])).code).toBe(0);
    const rows = (await cli(['tasks', '--account', accountId, '--project', '100', '--status', 'all'])).json as {
      remoteId: string;
      status: string;
      rawStatus: string;
      statusName: string;
    }[];
    const row = (id: number) => rows.find((r) => r.remoteId === String(id));
    expect(row(completed!.id)).toMatchObject({ status: 'done', rawStatus: '30', statusName: 'Completed' });
    expect(row(done!.id)).toMatchObject({ status: 'done', rawStatus: '20', statusName: 'Done' });
    expect(row(review!.id)).toMatchObject({ status: 'doing', rawStatus: '11', statusName: 'In Review' });
  });

  it('add --parent --assignee --priority makes a subtask with those users and that code on the server', async () => {
    const parent = sim.state.tasks.find((t) => t.project_id === 100 && !t.deleted_at && t.parent_id === null);
    const run = await cli([
      'add',
      'Child task',
      '--account',
      accountId,
      '--project',
      '100',
      '--parent',
      String(parent?.id),
      '--assignee',
      'priya nair',
      '--assignee',
      'ETHAN.BROOKS@acme.example',
      '--priority',
      'urgent',
    ]);
    expect(run.json).toMatchObject({ state: 'sent' });
    ({ key, remoteId } = run.json as { key: string; remoteId: string });
    const stored = simTask(remoteId);
    expect(stored?.parent_id).toBe(parent?.id);
    expect(stored?.priority).toBe(10);
    expect(stored?.assignees.map((a) => a.user_id).sort()).toEqual([2, 3]);
  });

  it('tasks shows the assignees as people', async () => {
    const rows = (await cli(['tasks', '--account', accountId, '--project', '100', '--status', 'all'])).json as {
      key: string;
      assignees: { name: string; email: string }[];
      priority: string;
    }[];
    const row = rows.find((r) => r.key === key);
    expect(row?.priority).toBe('urgent');
    expect(row?.assignees).toEqual(
      expect.arrayContaining([
        { name: 'Priya Nair', email: 'priya.nair@acme.example' },
        { name: 'Ethan Brooks', email: 'ethan.brooks@acme.example' },
      ]),
    );
  });

  it('edit --no-assignee --status doing --priority low lands as the wire values', async () => {
    const run = await cli(['edit', key, '--no-assignee', '--status', 'doing', '--priority', 'low']);
    expect(run.json).toMatchObject({ state: 'sent' });
    const stored = simTask(remoteId);
    expect(stored?.assignees).toEqual([]);
    expect(stored?.status).toBe(10);
    expect(stored?.priority).toBe(40);
  });

  it('an unknown person is a usage error naming them, and nothing changes', async () => {
    const before = JSON.stringify(simTask(remoteId));
    const run = await cli(['edit', key, '--assignee', 'Nobody Here', '--title', 'Renamed']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('Nobody Here');
    expect(JSON.stringify(simTask(remoteId))).toBe(before);
    expect((await cli(['outbox'])).json).toEqual([]);
  });

  it('delete removes the task on the server', async () => {
    const run = await cli(['delete', key]);
    expect(run.json).toMatchObject({ state: 'sent' });
    expect(simTask(remoteId)?.deleted_at).toBeTruthy();
    expect((await cli(['outbox'])).json).toEqual([]);
  });

  it('a delete the server answers "not found" (gone already, or an earlier reply lost) counts as done', async () => {
    const other = sim.state.tasks.find((t) => t.project_id === 101 && !t.deleted_at)!;
    const otherKey = `webwork:${accountId}:task:${other.id}`;
    other.deleted_at = new Date().toISOString();
    const run = await cli(['delete', otherKey]);
    expect(run.code).toBe(0);
    expect(run.json).toMatchObject({ key: otherKey, state: 'sent' });
    const deletes = sim.calls().filter((c) => c.method === 'DELETE' && c.path.endsWith(`/tasks/${other.id}`));
    expect(deletes.map((c) => c.status)).toEqual([404]);
    expect((await cli(['outbox'])).json).toEqual([]);
  });
});
