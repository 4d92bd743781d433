import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

/*
 * scripts/test-all.mjs is what CI reads: each kind of crash, fed to it through a real runner,
 * must end in "N failed" with N > 0 and exit 1; clean and skipped-on-purpose runs must not.
 */
const root = fileURLToPath(new URL('../../..', import.meta.url));
const fixtures = fileURLToPath(new URL('./fixtures', import.meta.url));
const resultsDir = mkdtempSync(join(tmpdir(), 'worktray-test-all-'));
afterAll(() => rmSync(resultsDir, { recursive: true, force: true }));

interface Outcome {
  closing: { passed: number; failed: number; skipped: number };
  exitCode: number | null;
}

function testAll(group: 'vitest' | 'e2e', fixtureCase: string): Outcome {
  const configKey = group === 'vitest' ? 'TEST_ALL_VITEST_CONFIG' : 'TEST_ALL_PLAYWRIGHT_CONFIG';
  const configFile = join(fixtures, group === 'vitest' ? 'vitest.fixture.config.ts' : 'playwright.fixture.config.ts');
  const child = spawnSync(process.execPath, ['scripts/test-all.mjs', group], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, [configKey]: configFile, FIXTURE_CASE: fixtureCase, TEST_ALL_RESULTS_DIR: resultsDir, CI: 'true' },
    timeout: 120_000,
  });
  const lines = child.stdout.trim().split('\n');
  const match = /^(\d+) passed, (\d+) failed, (\d+) skipped$/.exec(lines.at(-1) ?? '');
  if (!match)
    throw new Error(`no closing line; stdout ends: ${lines.slice(-5).join(' | ')}; stderr: ${child.stderr.slice(-500)}`);
  return { closing: { passed: Number(match[1]), failed: Number(match[2]), skipped: Number(match[3]) }, exitCode: child.status };
}

describe('test-all with vitest', { timeout: 120_000 }, () => {
  it('passes a clean run', () => {
    expect(testAll('vitest', 'passing')).toEqual({ closing: { passed: 1, failed: 0, skipped: 0 }, exitCode: 0 });
  });

  it('counts a failed test', () => {
    expect(testAll('vitest', 'failing')).toEqual({ closing: { passed: 0, failed: 1, skipped: 0 }, exitCode: 1 });
  });

  it('counts tests a throwing beforeAll kept from running as failed, not skipped', () => {
    expect(testAll('vitest', 'beforeAll')).toEqual({ closing: { passed: 0, failed: 2, skipped: 0 }, exitCode: 1 });
  });

  it('counts a throwing afterAll as a failure although every test passed', () => {
    const outcome = testAll('vitest', 'afterAll');
    expect(outcome.closing.failed).toBeGreaterThan(0);
    expect(outcome.exitCode).toBe(1);
  });

  it('counts an unhandled rejection as a failure although every test passed', () => {
    const outcome = testAll('vitest', 'unhandled');
    expect(outcome.closing.failed).toBeGreaterThan(0);
    expect(outcome.exitCode).toBe(1);
  });

  it('counts a file that crashed while loading', () => {
    expect(testAll('vitest', 'importCrash')).toEqual({ closing: { passed: 0, failed: 1, skipped: 0 }, exitCode: 1 });
  });
});

describe('test-all with playwright', { timeout: 120_000 }, () => {
  it('passes a clean run', () => {
    expect(testAll('e2e', 'passing')).toEqual({ closing: { passed: 1, failed: 0, skipped: 0 }, exitCode: 0 });
  });

  it('keeps a suite skipped on purpose as skipped', () => {
    expect(testAll('e2e', 'skippedOnPurpose')).toEqual({ closing: { passed: 0, failed: 0, skipped: 1 }, exitCode: 0 });
  });

  it('counts tests a throwing beforeAll kept from running as failed', () => {
    expect(testAll('e2e', 'beforeAll')).toEqual({ closing: { passed: 0, failed: 2, skipped: 0 }, exitCode: 1 });
  });

  it('counts a throwing afterAll as a failure', () => {
    const outcome = testAll('e2e', 'afterAll');
    expect(outcome.closing.failed).toBeGreaterThan(0);
    expect(outcome.exitCode).toBe(1);
  });

  it('counts a file that crashed while loading', () => {
    const outcome = testAll('e2e', 'importCrash');
    expect(outcome.closing.failed).toBeGreaterThan(0);
    expect(outcome.closing.passed).toBe(0);
    expect(outcome.exitCode).toBe(1);
  });
});
