import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runJson, type JsonRun } from '../../helpers/cli.js';
import { startWorksnapsSimulator, type WorksnapsSimulator } from '../../simulators/worksnaps/index.js';

let sim: WorksnapsSimulator;
let dataDir: string;
const cli = (args: string[], stdin = ''): Promise<JsonRun> => runJson(dataDir, args, stdin);

beforeAll(async () => {
  sim = await startWorksnapsSimulator();
  dataDir = mkdtempSync(join(tmpdir(), 'worktray-people-wsn-'));
});
afterAll(async () => {
  await sim.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Everyone who shares a project with Alice, as the simulator's user assignments say. */
function alicesPeople(): number[] {
  const assignments = [...sim.state.userAssignments.values()];
  const projects = new Set(assignments.filter((a) => a.user_id === sim.users.alice.id).map((a) => a.project_id));
  return [...new Set([sim.users.alice.id, ...assignments.filter((a) => projects.has(a.project_id)).map((a) => a.user_id)])];
}

describe('people and delete against the Worksnaps simulator', () => {
  let accountId = '';
  let key = '';
  let remoteId = '';
  const mobile = () => String(sim.projects['Mobile App']!.id);

  it('members lists the users of Alice’s projects, found through user assignments', async () => {
    const add = await cli(['accounts', 'add', 'worksnaps', '--label', 'Studio', '--base-url', sim.url], sim.tokens.alice);
    accountId = (add.json as { id: string }).id;
    expect((await cli(['sync', '--account', accountId])).code).toBe(0);
    const expected = alicesPeople().map((id) => {
      const u = sim.state.users.get(id)!;
      return { accountId, remoteId: String(id), name: `${u.first_name} ${u.last_name}`, email: u.email };
    });
    const run = await cli(['members', '--account', accountId]);
    expect(run.json).toEqual(expect.arrayContaining(expected));
    expect((run.json as unknown[]).length).toBe(expected.length);
  });

  it('priority and subtasks are refused with the reason, and nothing is created', async () => {
    const count = sim.state.tasks.size;
    const priority = await cli(['add', 'P', '--account', accountId, '--project', mobile(), '--priority', 'urgent']);
    expect(priority.code).toBe(1);
    expect(priority.stderr).toContain('"code":"unsupported"');
    const parent = await cli(['add', 'S', '--account', accountId, '--project', mobile(), '--parent', '1']);
    expect(parent.code).toBe(1);
    expect(parent.stderr).toContain('subtasks');
    expect(sim.state.tasks.size).toBe(count);
  });

  /** The user ids the simulator has assigned to a task. */
  const assignedOn = (taskId: string): number[] =>
    [...sim.state.taskAssignments.values()].filter((a) => a.task_id === Number(taskId)).map((a) => a.user_id);

  it('assignees set by e-mail on add and by name on edit become task assignments of those user ids', async () => {
    const add = await cli([
      'add',
      'Assigned here',
      '--account',
      accountId,
      '--project',
      mobile(),
      '--assignee',
      sim.users.alice.email,
    ]);
    const made = add.json as { key: string; remoteId: string };
    expect(assignedOn(made.remoteId)).toEqual([sim.users.alice.id]);
    const bob = sim.state.users.get(sim.users.bob.id)!;
    const edit = await cli(['edit', made.key, '--assignee', `${bob.first_name} ${bob.last_name}`]);
    expect(edit.json).toMatchObject({ state: 'sent' });
    expect(assignedOn(made.remoteId)).toEqual([sim.users.bob.id]);
  });

  it('delete removes the task on the server', async () => {
    const add = await cli(['add', 'Short-lived', '--account', accountId, '--project', mobile()]);
    ({ key, remoteId } = add.json as { key: string; remoteId: string });
    expect(sim.state.tasks.has(Number(remoteId))).toBe(true);
    expect((await cli(['delete', key])).json).toMatchObject({ state: 'sent' });
    expect(sim.state.tasks.has(Number(remoteId))).toBe(false);
  });

  it('a delete made while the service cannot be reached is queued, and sent by the next push', async () => {
    const add = await cli(['add', 'Deleted offline', '--account', accountId, '--project', mobile()]);
    const made = add.json as { key: string; remoteId: string };
    sim.faults.dropNext = 1000;
    const run = await cli(['delete', made.key]);
    sim.faults.dropNext = 0;
    expect(run.code).toBe(0);
    expect(run.json).toMatchObject({ key: made.key, state: 'queued' });
    expect(sim.state.tasks.has(Number(made.remoteId))).toBe(true);
    expect((await cli(['push'])).code).toBe(0);
    expect(sim.state.tasks.has(Number(made.remoteId))).toBe(false);
    expect((await cli(['outbox'])).json).toEqual([]);
  });
});
