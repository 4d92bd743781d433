import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.js';

const dataDir = () => mkdtempSync(join(tmpdir(), 'wt-cli-'));

describe('worktray command line', () => {
  it('lists no accounts in a new data folder, as JSON, without asking for a passphrase', async () => {
    const result = await runCli(['--data-dir', dataDir(), '--json', 'accounts', 'list'], {
      env: { WORKTRAY_PASSPHRASE: undefined },
    });
    expect(result.code).toBe(0);
    expect(result.json()).toEqual([]);
  });

  it('exits 2 with usage on an unknown command or a missing argument', async () => {
    const unknown = await runCli(['--data-dir', dataDir(), 'frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command/);
    expect(unknown.stderr).toMatch(/worktray --help/);
    expect((await runCli(['--data-dir', dataDir(), 'add'])).code).toBe(2);
  });

  it('refuses an unknown provider with exit 1 and a JSON error naming the field', async () => {
    const result = await runCli(['--data-dir', dataDir(), '--json', 'accounts', 'add', 'jira', '--label', 'x'], {
      stdin: 'secret\n',
      env: { WORKTRAY_PASSPHRASE: 'pw' },
    });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(JSON.parse(result.stderr)).toMatchObject({ error: { code: 'validation', field: 'provider' } });
  });

  it('says plainly that the vault is locked when no passphrase can be had', async () => {
    const result = await runCli(['--data-dir', dataDir(), '--json', 'sync'], { env: { WORKTRAY_PASSPHRASE: undefined } });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stderr)).toMatchObject({
      error: { code: 'auth', message: expect.stringMatching(/WORKTRAY_PASSPHRASE/) },
    });
  });

  it('reports a missing task key in words', async () => {
    const result = await runCli(['--data-dir', dataDir(), 'done', 'webwork:nope:task:1'], { env: { WORKTRAY_PASSPHRASE: 'pw' } });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/No task with key/);
  });
});
