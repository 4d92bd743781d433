import { randomBytes } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { startWorkitySimulator } from '../../simulators/workity/index.js';
import { openTestCore } from '../sync/support/core.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const clean of cleanups.splice(0).reverse()) await clean();
});

/** A Workity account with one file of `name` on the server, and a core whose "OS" records what it was asked to open. */
async function setup(name: string, answer = '', withOpener = true) {
  const sim = await startWorkitySimulator({ tasksPerProject: 1 });
  const bytes = randomBytes(30_000);
  bytes[0] = 0x00;
  bytes[1] = 0xff;
  sim.actAs('carl').call('NewFile', {
    ProjectID: 11,
    Name: name,
    ContentType: 'application/octet-stream',
    Details: '',
    Bytes: bytes.toString('base64'),
    ModificationDate: '2030-01-01T11:00',
  });
  const opened: string[] = [];
  const openPath = (path: string) => {
    opened.push(path);
    return Promise.resolve(answer);
  };
  const t = openTestCore(withOpener ? { openPath } : {});
  cleanups.push(
    () => sim.close(),
    () => t.remove(),
    () => t.close(),
  );
  const account = await t.call('accounts:add', {
    provider: 'workity',
    label: 'Office',
    baseUrl: sim.url,
    email: sim.users.lenny.email,
    secret: sim.users.lenny.password,
  });
  await t.call('sync:run', { accountId: account.id });
  const files = await t.call('files:list', { accountId: account.id, projectRemoteId: '11' });
  const file = files.find((f) => f.name === name);
  if (!file) throw new Error(`${name} is not listed`);
  return { t, bytes, opened, file, accountId: account.id };
}

it("files:open keeps a private copy of the server's bytes in the account's files folder and has the OS open it", async () => {
  const { t, bytes, opened, file, accountId } = await setup('../report.bin');
  const { path } = await t.call('files:open', { key: file.key });
  // The service's name cannot climb out of the folder.
  expect(path).toBe(join(t.dataDir, 'files', accountId, 'report.bin'));
  expect(opened).toEqual([path]);
  expect(readFileSync(path).equals(bytes)).toBe(true);
  expect(statSync(path).mode & 0o777).toBe(0o600);
  expect(statSync(join(t.dataDir, 'files', accountId)).mode & 0o777).toBe(0o700);
});

it('files:open says why when the OS cannot open the file, and where there is no OS to ask', async () => {
  const noApp = await setup('plan.bin', 'No application knows this file');
  await expect(noApp.t.call('files:open', { key: noApp.file.key })).rejects.toMatchObject({
    code: 'unsupported',
    message: 'plan.bin was saved but could not be opened: No application knows this file',
  });
  const web = await setup('plan.bin', '', false);
  await expect(web.t.call('files:open', { key: web.file.key })).rejects.toMatchObject({
    code: 'unsupported',
    message: expect.stringContaining('needs the desktop app'),
  });
  expect(web.opened).toEqual([]);
});
