import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { requestSchemas } from '../../../shared/contract.js';
import { runJson } from '../../helpers/cli.js';

let dataDir: string;

/** Every file of the data folder (cache, WAL, settings, vault) by content: a refusal must leave all of it as it was. */
function snapshot(): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dataDir, { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => [
        entry.name,
        createHash('sha256')
          .update(readFileSync(join(dataDir, entry.name)))
          .digest('hex'),
      ]),
  );
}

async function expectUsageRefusal(args: string[], field: string): Promise<void> {
  const before = snapshot();
  const run = await runJson(dataDir, args);
  expect(run.code, `${args.join(' ')}: ${run.stderr}`).toBe(2);
  expect(run.stdout).toBe('');
  const error = (JSON.parse(run.stderr) as { error: { code: string; message: string; field?: string } }).error;
  expect(error).toMatchObject({ code: 'usage', field });
  expect(snapshot()).toEqual(before);
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'wt-strict-'));
  // An account whose service is unreachable, so an added task waits in the outbox as entry 1 (and 2).
  const account = await runJson(
    dataDir,
    ['accounts', 'add', 'webwork', '--label', 'Offline', '--base-url', 'http://127.0.0.1:9/api/v2', '--no-verify'],
    'wwpat-offline-token',
  );
  expect(account.code, account.stderr).toBe(0);
  const accountId = (account.json as { id: string }).id;
  for (const title of ['First', 'Second']) {
    const added = await runJson(dataDir, ['add', title, '--account', accountId, '--project', '1']);
    expect(added.json).toMatchObject({ state: 'queued' });
  }
}, 60_000);

describe('whole-number options and arguments', () => {
  it.each([
    [['outbox', 'discard', '1abc'], 'id'],
    [['outbox', 'discard', '2e0'], 'id'],
    [['outbox', 'retry', '-1'], 'id'],
    [['outbox', 'discard', '0x1'], 'id'],
    [['tasks', '--limit', '1e309'], 'limit'],
    [['tasks', '--limit', '0'], 'limit'],
    [['tasks', '--limit', '100001'], 'limit'],
    [['serve', '--no-open', '--port', '80x'], 'port'],
    [['serve', '--no-open', '--port', '65536'], 'port'],
    [['tasks', '--status', 'closed'], 'status'],
  ])('%j is a usage error naming %s, and changes nothing', async (args, field) => {
    await expectUsageRefusal(args, field);
  });

  it('leaves both queued entries in the outbox after the refusals, and a plain id still works', async () => {
    expect(((await runJson(dataDir, ['outbox'])).json as unknown[]).length).toBe(2);
    const discarded = await runJson(dataDir, ['outbox', 'discard', '2']);
    expect(discarded.json).toEqual({ id: 2, discarded: true });
    expect((await runJson(dataDir, ['outbox'])).json).toEqual([expect.objectContaining({ id: 1 })]);
  });
});

describe('conflicts resolve --merged', () => {
  const merged = (content: string): string => {
    const file = join(mkdtempSync(join(tmpdir(), 'wt-merged-')), 'merged.json');
    writeFileSync(file, content);
    return file;
  };

  it.each([
    ['an empty title', JSON.stringify({ title: '   ' }), /title: the title must not be empty/],
    ['200 KB of details', JSON.stringify({ details: 'x'.repeat(200_000) }), /details: Too big/],
    ['a title that is not text', JSON.stringify({ title: 123 }), /title: .*expected string/],
    ['a field no task has', JSON.stringify({ title: 'ok', colour: 'red' }), /colour/],
    ['a date that is not one', JSON.stringify({ dueDate: 'soon' }), /dueDate/],
    ['nothing to save', '{}', /at least one field/],
    ['not JSON', '{title:', /not JSON/],
  ])('refuses %s before anything opens (exit 2, field merged)', async (_what, content, message) => {
    const before = snapshot();
    const run = await runJson(dataDir, ['conflicts', 'resolve', 'any-id', '--merged', merged(content)]);
    expect(run.code, run.stderr).toBe(2);
    const error = (JSON.parse(run.stderr) as { error: { code: string; message: string; field: string } }).error;
    expect(error).toMatchObject({ code: 'usage', field: 'merged' });
    expect(error.message).toMatch(message);
    expect(snapshot()).toEqual(before);
  });

  it('refuses --keep together with --merged, and neither, as usage errors', async () => {
    const file = merged(JSON.stringify({ title: 'Agreed' }));
    await expectUsageRefusal(['conflicts', 'resolve', 'any-id', '--keep', 'mine', '--merged', file], 'keep');
    await expectUsageRefusal(['conflicts', 'resolve', 'any-id'], 'keep');
    await expectUsageRefusal(['conflicts', 'resolve', 'any-id', '--keep', 'both'], 'keep');
  });

  it('the page goes through the same schema: the contract refuses the same merged values', () => {
    const schema = requestSchemas['conflicts:resolve'];
    const refused = schema.safeParse({ id: 'c1', merged: { title: ' ' } });
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0]?.path).toEqual(['merged', 'title']);
    expect(schema.safeParse({ id: 'c1', merged: { details: 'x'.repeat(65_536) } }).success).toBe(false);
    expect(schema.safeParse({ id: 'c1', merged: { title: ['a'] } }).success).toBe(false);
    expect(schema.safeParse({ id: 'c1', merged: { title: 'Agreed', dueDate: null, status: 'done' } }).success).toBe(true);
  });
});
