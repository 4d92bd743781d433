import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../helpers/cli.js';

const dataDir = () => mkdtempSync(join(tmpdir(), 'wt-usage-'));
const env = { WORKTRAY_PASSPHRASE: 'pw', WORKTRAY_LOG_LEVEL: 'warn' };

describe('usage errors and stderr', () => {
  it('--json: a usage error is exactly one JSON document on stderr, code usage, exit 2', async () => {
    for (const args of [['frobnicate'], ['add'], ['tasks', '--bogus'], ['conflicts', 'resolve', 'c1'], ['accounts'], []]) {
      const run = await runCli(['--data-dir', dataDir(), '--json', ...args], { env });
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
      expect(JSON.parse(run.stderr)).toMatchObject({ error: { code: 'usage', message: expect.any(String) } });
    }
  });

  it('for people: one line naming the problem and a pointer to --help, not the help screen', async () => {
    const run = await runCli(['--data-dir', dataDir(), 'frobnicate'], { env });
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([
      "worktray: unknown command 'frobnicate'",
      "Run 'worktray --help' for the commands and their options.",
    ]);
    expect(run.stderr).not.toMatch(/Usage:/);
    const group = await runCli(['--data-dir', dataDir(), 'accounts'], { env });
    expect(group.code).toBe(2);
    expect(group.stderr).toMatch(/^worktray: 'accounts' needs a command: add, list, test, remove\n/);
  });

  it('--json: a refused call leaves one JSON document on stderr; the log line goes to the log file', async () => {
    const dir = dataDir();
    // A search longer than the contract allows is dropped by dispatch, which logs why.
    const args = ['--data-dir', dir, '--json', 'tasks', '--search', 'x'.repeat(300)];
    const run = await runCli(args, { env });
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(JSON.parse(run.stderr)).toMatchObject({ error: { code: 'validation', field: 'search' } });
    const logFile = join(dir, 'logs', 'worktray.log');
    expect(existsSync(logFile)).toBe(true);
    expect(readFileSync(logFile, 'utf8')).toMatch(/warn \[dispatch\] dropped a call with an invalid payload/);
  });

  it('--verbose sends log lines to stderr as well', async () => {
    const run = await runCli(['--data-dir', dataDir(), '--json', '--verbose', 'tasks', '--search', 'x'.repeat(300)], { env });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/warn \[dispatch\] dropped a call with an invalid payload/);
    expect(run.stderr).toMatch(/"code":"validation"/);
  });
});
