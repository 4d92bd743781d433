import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runJson, type JsonRun } from '../../helpers/cli.js';
import { workityTarget, type SimTarget } from '../sync/support/targets.js';

let sim: SimTarget;
let dataDir: string;

const cli = (args: string[], stdin = ''): Promise<JsonRun> => runJson(dataDir, args, stdin);

beforeAll(async () => {
  sim = await workityTarget();
  dataDir = mkdtempSync(join(tmpdir(), 'worktray-time-workity-'));
});
afterAll(async () => {
  await sim.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('time on Workity from the CLI', () => {
  it('time log and timers start exit 1 with code unsupported and the reason, sending nothing and queueing nothing', async () => {
    const added = await cli(
      ['accounts', 'add', 'workity', '--label', 'W', '--base-url', sim.url, ...(sim.addArgs ?? [])],
      sim.secret,
    );
    expect(added.code, added.stderr).toBe(0);
    const accountId = (added.json as { id: string }).id;
    const before = sim.requests();
    const log = await cli([
      'time',
      'log',
      '--account',
      accountId,
      '--project',
      '1',
      '--start',
      '2025-03-03T09:00',
      '--minutes',
      '30',
    ]);
    expect(log.code).toBe(1);
    expect(log.stderr).toContain('"code":"unsupported"');
    expect(log.stderr).toContain('Workity does not track time');
    const timer = await cli(['timers', 'start', '--account', accountId]);
    expect(timer.code).toBe(1);
    expect(timer.stderr).toContain('"code":"unsupported"');
    expect(timer.stderr).toContain('Workity has no timers');
    expect(sim.requests()).toBe(before);
    expect((await cli(['outbox'])).json).toEqual([]);
  });
});
