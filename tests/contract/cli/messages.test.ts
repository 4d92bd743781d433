import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.js';
import { webworkTarget, type SimTarget } from '../sync/support/targets.js';

/** Issue 13 item 9: people read a sentence naming the field and the service; --json keeps the code. */
describe('CLI error messages against the WebWork simulator', () => {
  let sim: SimTarget;
  let dataDir: string;
  let accountId = '';
  let projectId = '';
  const cli = (args: string[], stdin?: string) =>
    runCli(['--data-dir', dataDir, ...args], { stdin, env: { WORKTRAY_PASSPHRASE: 'test-pass' } });

  beforeAll(async () => {
    sim = await webworkTarget();
    dataDir = mkdtempSync(join(tmpdir(), 'worktray-messages-cli-'));
    const added = await cli(
      ['--json', 'accounts', 'add', 'webwork', '--label', 'Studio time', '--base-url', sim.url],
      `${sim.secret}\n`,
    );
    expect(added.code, added.stderr).toBe(0);
    accountId = (JSON.parse(added.stdout) as { id: string }).id;
    expect((await cli(['--json', 'sync'])).code).toBe(0);
    const projects = await cli(['--json', 'projects', '--account', accountId]);
    projectId = (JSON.parse(projects.stdout) as { remoteId: string }[])[0]!.remoteId;
  }, 120_000);
  afterAll(async () => {
    await sim.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const tooLong = 'x'.repeat(1025);

  it('a too-long title without --json is one sentence naming the field, the service and the limit', async () => {
    const run = await cli(['add', tooLong, '--account', accountId, '--project', projectId]);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('worktray: Title is too long for WebWork Tracker (1,024 characters at most)\n');
  }, 60_000);

  it('with --json the same refusal keeps its code, field and raw message', async () => {
    const run = await cli(['--json', 'add', tooLong, '--account', accountId, '--project', projectId]);
    expect(run.code).toBe(1);
    const { error } = JSON.parse(run.stderr) as { error: Record<string, unknown> };
    expect(error).toMatchObject({ code: 'validation', field: 'title' });
    expect(error.message).toMatch(/^tasks:add: title: Too big/);
  }, 60_000);

  it('a service that is down is named with the reason in words, not the socket code', async () => {
    await sim.close();
    const run = await cli(['sync']);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('WebWork Tracker is unreachable: the server refused the connection');
    expect(run.stdout).not.toContain('ECONNREFUSED');
  }, 60_000);
});
