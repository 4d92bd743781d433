import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, runJson } from '../../helpers/cli.js';
import { startWebworkSimulator, type WebworkSimulator } from '../../simulators/webwork/index.js';

// A title that retitles the terminal (OSC 0), and details with a C1 CSI and a bidi override.
const TITLE = '\u001b]0;pwned\u0007';
const DETAILS = 'first line\nsecond\u009b31m red\u202e txet';

let sim: WebworkSimulator;
let dataDir: string;
let remoteId = '';

beforeAll(async () => {
  sim = await startWebworkSimulator({ tasksPerProject: 3, bigProjectTasks: 3 });
  dataDir = mkdtempSync(join(tmpdir(), 'worktray-terminal-'));
  const task = sim.state.tasks[0];
  if (!task) throw new Error('the simulator seeded no task');
  task.title = TITLE;
  task.description = DETAILS;
  remoteId = String(task.id);
  const added = await runJson(
    dataDir,
    ['accounts', 'add', 'webwork', '--label', 'Acme', '--base-url', sim.url],
    sim.tokens.owner,
  );
  expect(added.code, added.stderr).toBe(0);
  const synced = await runJson(dataDir, ['sync']);
  expect(synced.code, synced.stderr).toBe(0);
}, 60_000);

afterAll(async () => {
  await sim.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('server text on the terminal', () => {
  it('human output drops control characters a server put in a title or details', async () => {
    const run = await runCli(['--data-dir', dataDir, 'tasks', '--status', 'all'], { env: { WORKTRAY_PASSPHRASE: 'test-pass' } });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(']0;pwned');
    // eslint-disable-next-line no-control-regex
    expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
  });

  it('--json escapes them, and the document parses back to what the server holds', async () => {
    const run = await runJson(dataDir, ['tasks', '--status', 'all']);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('"title": "\\u001b]0;pwned\\u0007"');
    expect(run.stdout).toContain('\\u009b31m');
    // Every character left raw is printable or a line break between JSON tokens.
    // eslint-disable-next-line no-control-regex
    expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029]/);
    const task = (run.json as { remoteId: string; title: string; details: string }[]).find((t) => t.remoteId === remoteId);
    expect(task).toMatchObject({ title: TITLE, details: DETAILS });
  });
});
