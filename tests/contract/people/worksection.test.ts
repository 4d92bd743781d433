import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runJson, type JsonRun } from '../../helpers/cli.js';
import { startWorksectionSimulator, type WorksectionSimulator } from '../../simulators/worksection/index.js';

let sim: WorksectionSimulator;
let dataDir: string;
const cli = (args: string[], stdin = ''): Promise<JsonRun> => runJson(dataDir, args, stdin);

beforeAll(async () => {
  sim = await startWorksectionSimulator({ tasksPerProject: 3 });
  dataDir = mkdtempSync(join(tmpdir(), 'worktray-people-ws-'));
});
afterAll(async () => {
  await sim.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const people = () => sim.state.users.filter((u) => !['NOONE', 'ANY'].includes(u.email.toUpperCase()));

describe('people, priority, subtasks and delete against the Worksection simulator', () => {
  let accountId = '';
  let key = '';
  let remoteId = '';
  const project = () => sim.state.projects.find((p) => p.status === 'active')?.id ?? '';

  it('members lists the users get_users gives', async () => {
    const add = await cli(['accounts', 'add', 'worksection', '--label', 'Acme', '--base-url', sim.url], sim.apiKey);
    accountId = (add.json as { id: string }).id;
    expect((await cli(['sync', '--account', accountId])).code).toBe(0);
    const run = await cli(['members', '--account', accountId]);
    const expected = people().map((u) => ({ accountId, remoteId: u.id, name: `${u.firstName} ${u.lastName}`, email: u.email }));
    expect(run.json).toEqual(expect.arrayContaining(expected));
    expect((run.json as unknown[]).length).toBe(expected.length);
  });

  it('add --parent --assignee --priority posts a subtask with that member and priority', async () => {
    const parent = sim.state.tasks.find((t) => t.projectId === project() && t.parentId === null && t.status === 'active');
    const person = people()[1]!;
    const run = await cli([
      'add',
      'Child task',
      '--account',
      accountId,
      '--project',
      project(),
      '--parent',
      parent!.id,
      '--assignee',
      `${person.firstName} ${person.lastName}`.toUpperCase(),
      '--priority',
      'high',
    ]);
    expect(run.json).toMatchObject({ state: 'sent' });
    ({ key, remoteId } = run.json as { key: string; remoteId: string });
    const stored = sim.state.tasks.find((t) => t.id === remoteId);
    expect(stored).toMatchObject({ parentId: parent!.id, userToId: person.id, priority: '7' });
  });

  it('edit --assignee by e-mail changes the assignee; two people are a usage error naming the field', async () => {
    const person = people()[0]!;
    expect((await cli(['edit', key, '--assignee', person.email])).json).toMatchObject({ state: 'sent' });
    expect(sim.state.tasks.find((t) => t.id === remoteId)?.userToId).toBe(person.id);
    const two = await cli(['edit', key, '--assignee', person.email, '--assignee', people()[1]!.email]);
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('assignee');
    expect(sim.state.tasks.find((t) => t.id === remoteId)?.userToId).toBe(person.id);
  });

  it('edit --priority and --status land as update_task priority and complete_task', async () => {
    expect((await cli(['edit', key, '--priority', 'urgent', '--status', 'done'])).json).toMatchObject({ state: 'sent' });
    expect(sim.state.tasks.find((t) => t.id === remoteId)).toMatchObject({ priority: '10', status: 'done' });
    expect((await cli(['edit', key, '--status', 'open'])).json).toMatchObject({ state: 'sent' });
    expect(sim.state.tasks.find((t) => t.id === remoteId)?.status).toBe('active');
  });

  it('an unknown person is a usage error, and nothing is posted', async () => {
    const count = sim.state.tasks.length;
    const run = await cli([
      'add',
      'Never',
      '--account',
      accountId,
      '--project',
      project(),
      '--assignee',
      'no.one@nowhere.example',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no.one@nowhere.example');
    expect(sim.state.tasks.length).toBe(count);
  });

  it('--status doing is refused: Worksection tasks are open or done', async () => {
    const run = await cli(['edit', key, '--status', 'doing']);
    expect(run.code).toBe(1);
    expect(sim.state.tasks.find((t) => t.id === remoteId)?.status).toBe('active');
  });

  it('delete is unsupported, with the reason, and the task stays', async () => {
    const run = await cli(['delete', key]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('"code":"unsupported"');
    expect(sim.state.tasks.some((t) => t.id === remoteId)).toBe(true);
  });
});
