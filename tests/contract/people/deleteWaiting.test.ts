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
  dataDir = mkdtempSync(join(tmpdir(), 'worktray-people-del-'));
});
afterAll(async () => {
  await sim.close();
  rmSync(dataDir, { recursive: true, force: true });
});

type Row = { key: string; remoteId: string };

/** A plain WebWork member may read tasks but not delete them: the delete fails and waits in the outbox. */
describe('a delete the server refused, and the task the server still lists', () => {
  let key = '';
  let remoteId = '';
  const listed = async (): Promise<string[]> =>
    ((await cli(['tasks', '--status', 'all', '--limit', '1000'])).json as Row[]).map((r) => r.key);

  it('delete fails with the service’s refusal and keeps the change in the outbox; the server still has the task', async () => {
    await cli(['accounts', 'add', 'webwork', '--label', 'Member', '--base-url', sim.url], sim.tokens.member);
    expect((await cli(['sync'])).code).toBe(0);
    const rows = (await cli(['tasks', '--status', 'all', '--limit', '1000'])).json as Row[];
    ({ key, remoteId } = rows[0]!);
    const run = await cli(['delete', key]);
    expect(run.code).toBe(1);
    expect(run.json).toMatchObject({ key, state: 'failed' });
    expect(sim.state.tasks.find((t) => String(t.id) === remoteId)?.deleted_at).toBeNull();
    expect((await cli(['outbox'])).json).toEqual([expect.objectContaining({ op: 'task.delete', key, state: 'failed' })]);
  });

  it('the next sync warns that the server still lists it, and does not bring it back', async () => {
    const run = await cli(['--verbose', 'sync']);
    expect(run.stderr).toContain('still lists a task whose delete has not gone through');
    expect(run.stderr).toContain(key);
    expect(await listed()).not.toContain(key);
  });

  it('discarding the delete brings the task back', async () => {
    const [entry] = (await cli(['outbox'])).json as { id: number }[];
    expect((await cli(['outbox', 'discard', String(entry!.id)])).code).toBe(0);
    expect(await listed()).toContain(key);
  });
});
