import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.js';
import { webworkTarget, workityTarget, worksectionTarget, worksnapsTarget, type SimTarget } from './support/targets.js';

describe.each([
  ['WebWork', webworkTarget],
  ['Worksection', worksectionTarget],
  ['Worksnaps', worksnapsTarget],
  ['Workity', workityTarget],
])('the sync commands of the CLI against the %s simulator', (_name, start) => {
  let sim: SimTarget;
  let dataDir: string;
  let accountId = '';
  let taskKey = '';
  let remoteId = '';
  const cli = async (args: string[], stdin?: string) => {
    const result = await runCli(['--data-dir', dataDir, '--json', ...args], { stdin, env: { WORKTRAY_PASSPHRASE: 'test-pass' } });
    return { ...result, value: result.stdout.trim() ? (JSON.parse(result.stdout) as unknown) : null };
  };

  beforeAll(async () => {
    sim = await start();
    dataDir = mkdtempSync(join(tmpdir(), 'worktray-sync-cli-'));
    const added = await cli(
      ['accounts', 'add', sim.provider, '--label', 'CLI', '--base-url', sim.url, ...(sim.addArgs ?? [])],
      `${sim.secret}\n`,
    );
    expect(added.code, added.stderr).toBe(0);
    accountId = (added.value as { id: string }).id;
  }, 120_000);
  afterAll(async () => {
    await sim.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('sync pulls the account and reports no error', async () => {
    const run = await cli(['sync']);
    expect(run.code, run.stderr).toBe(0);
    expect((run.value as { accounts: { id: string; error: unknown; pulled: { tasks: number } }[] }).accounts).toEqual([
      expect.objectContaining({ id: accountId, error: null }),
    ]);
    // A task of our own: seeded Worksection tasks have open subtasks, which the server refuses to close.
    const [project] = (await cli(['projects', '--account', accountId])).value as { remoteId: string }[];
    const added = await cli(['add', 'Sync CLI task', '--account', accountId, '--project', project?.remoteId as string]);
    expect(added.value, added.stderr).toMatchObject({ state: 'sent' });
    ({ key: taskKey, remoteId } = added.value as { key: string; remoteId: string });
  }, 120_000);

  it('outbox lists a change queued while the service is unreachable; outbox retry sends it once the service answers', async () => {
    sim.faults.dropNext = 1_000;
    const edit = await cli(['edit', taskKey, '--title', 'Edited from the CLI']);
    expect(edit.value).toMatchObject({ state: 'queued' });
    const outbox = (await cli(['outbox'])).value as { id: number; op: string; state: string }[];
    expect(outbox).toEqual([expect.objectContaining({ op: 'task.update', state: 'queued' })]);
    sim.faults.dropNext = 0;
    const retried = await cli(['outbox', 'retry', String(outbox[0]?.id)]);
    expect(retried.value).toMatchObject({ state: 'sent' });
    expect(sim.serverTask(remoteId)?.title).toBe('Edited from the CLI');
    expect((await cli(['outbox'])).value).toEqual([]);
  }, 120_000);

  it('push sends what was queued while the service was down', async () => {
    sim.faults.dropNext = 1_000;
    // Worksnaps tasks have no done state: queue a change of details there instead.
    const change = sim.hasDone ? ['done', taskKey] : ['edit', taskKey, '--details', 'Pushed later'];
    expect((await cli(change)).value).toMatchObject({ state: 'queued' });
    const down = await cli(['push']);
    expect(down.code).toBe(1);
    expect((down.value as { accounts: { error: { code: string } }[] }).accounts[0]?.error.code).toBe('offline');
    sim.faults.dropNext = 0;
    const up = await cli(['push']);
    expect(up.code, up.stderr).toBe(0);
    expect(up.value).toEqual({ accounts: [expect.objectContaining({ id: accountId, pushed: 1, failed: 0, error: null })] });
    if (sim.hasDone) expect(sim.serverTask(remoteId)?.done).toBe(true);
    else expect(sim.serverTask(remoteId)?.details).toBe('Pushed later');
  }, 120_000);

  it('outbox discard drops a queued change and the cache goes back to the server version', async () => {
    sim.faults.dropNext = 1_000;
    await cli(['edit', taskKey, '--title', 'Never sent']);
    const [entry] = (await cli(['outbox'])).value as { id: number }[];
    const discarded = await cli(['outbox', 'discard', String(entry?.id)]);
    expect(discarded.value).toEqual({ id: entry?.id, discarded: true });
    sim.faults.dropNext = 0;
    expect((await cli(['outbox'])).value).toEqual([]);
    const tasks = (await cli(['tasks', '--account', accountId, '--status', 'all'])).value as { key: string; title: string }[];
    expect(tasks.find((x) => x.key === taskKey)?.title).toBe('Edited from the CLI');
    expect(sim.serverTask(remoteId)?.title).toBe('Edited from the CLI');
  }, 120_000);

  it('conflicts lists a same-field collision and conflicts resolve --merged sends the merged value', async () => {
    sim.faults.dropNext = 1_000;
    await cli(['edit', taskKey, '--title', 'Mine from the CLI']);
    sim.faults.dropNext = 0;
    sim.serverEdit(remoteId, { title: 'Theirs on the server' });
    const pushed = await cli(['push']);
    expect(pushed.value).toEqual({ accounts: [expect.objectContaining({ conflicts: 1 })] });
    const conflicts = (await cli(['conflicts'])).value as { id: string; kind: string; fields: Record<string, unknown> }[];
    // Workity finds the collision itself and keeps a conflict copy (write-write); the others are compared by the pusher.
    expect(conflicts).toEqual([
      sim.provider === 'workity'
        ? expect.objectContaining({
            kind: 'write-write',
            fields: expect.objectContaining({
              title: expect.objectContaining({ mine: 'Mine from the CLI', theirs: 'Theirs on the server' }),
            }),
          })
        : expect.objectContaining({
            kind: 'offline-edit',
            fields: { title: { base: 'Edited from the CLI', mine: 'Mine from the CLI', theirs: 'Theirs on the server' } },
          }),
    ]);
    const file = join(dataDir, 'merged.json');
    writeFileSync(file, JSON.stringify({ title: 'Merged in the CLI' }));
    const resolved = await cli(['conflicts', 'resolve', conflicts[0]?.id as string, '--merged', file]);
    expect(resolved.value).toMatchObject({ state: 'sent' });
    expect(sim.serverTask(remoteId)?.title).toBe('Merged in the CLI');
    expect((await cli(['conflicts'])).value).toEqual([]);
  }, 120_000);
});
