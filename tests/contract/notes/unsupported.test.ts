import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, runJson } from '../../helpers/cli.js';
import { startWebworkSimulator, type WebworkSimulator } from '../../simulators/webwork/index.js';
import { startWorksnapsSimulator, type WorksnapsSimulator } from '../../simulators/worksnaps/index.js';

let worksnaps: WorksnapsSimulator;
let webwork: WebworkSimulator;
let dataDir: string;
let upload: string;

beforeAll(async () => {
  [worksnaps, webwork] = await Promise.all([startWorksnapsSimulator(), startWebworkSimulator()]);
  dataDir = mkdtempSync(join(tmpdir(), 'worktray-unsupported-'));
  upload = join(dataDir, 'upload.txt');
  writeFileSync(upload, 'some bytes');
});
afterAll(async () => {
  await Promise.all([worksnaps.close(), webwork.close()]);
  rmSync(dataDir, { recursive: true, force: true });
});

interface Service {
  name: string;
  add: () => string[];
  secret: () => string;
  project: () => string;
  /** The service's own count of comments and files: nothing may reach it. */
  state: () => unknown;
}

const services: Service[] = [
  {
    name: 'Worksnaps',
    add: () => ['worksnaps', '--label', 'Studio', '--base-url', worksnaps.url],
    secret: () => worksnaps.tokens.alice,
    project: () => String(worksnaps.projects['Mobile App']!.id),
    state: () => ({ tasks: worksnaps.state.tasks.size }),
  },
  {
    name: 'WebWork',
    add: () => ['webwork', '--label', 'Acme', '--base-url', webwork.url],
    secret: () => webwork.tokens.owner,
    project: () => '100',
    state: () => ({ tasks: webwork.state.tasks.length }),
  },
];

const json = (args: string[], stdin = '') => runJson(dataDir, args, stdin);
const plain = (args: string[]) => runCli(['--data-dir', dataDir, ...args], { env: { WORKTRAY_PASSPHRASE: 'test-pass' } });

describe.each(services)('comments and files on $name', (service) => {
  let accountId = '';
  let commands: [string, string[]][] = [];

  it('answer unsupported: a plain sentence naming the service, and the code with --json', async () => {
    const added = await json(['accounts', 'add', ...service.add()], service.secret());
    expect(added.code, added.stderr).toBe(0);
    accountId = (added.json as { id: string }).id;
    expect((await json(['sync', '--account', accountId])).code).toBe(0);
    const [task] = (await json(['tasks', '--account', accountId, '--limit', '1'])).json as { key: string }[];
    const key = task!.key;
    const provider = key.split(':')[0]!;
    commands = [
      ['comments', ['comments', key]],
      ['comment', ['comment', key, 'Hello']],
      ['files --account', ['files', '--account', accountId]],
      ['files --task', ['files', '--task', key]],
      ['file add', ['file', 'add', upload, '--account', accountId, '--project', service.project()]],
      ['file get', ['file', 'get', `${provider}:${accountId}:file:1`, '--out', join(dataDir, 'out.bin')]],
    ];
    const before = service.state();
    for (const [label, args] of commands) {
      const [withJson, human] = await Promise.all([json(args), plain(args)]);
      expect(withJson.code, label).toBe(1);
      expect(withJson.stdout, label).toBe('');
      expect(JSON.parse(withJson.stderr.trim().split('\n').pop()!), label).toMatchObject({
        error: { code: 'unsupported', message: expect.any(String) },
      });

      expect(human.code, label).toBe(1);
      expect(human.stdout, label).toBe('');
      const lines = human.stderr.trim().split('\n');
      expect(lines, label).toHaveLength(1);
      // A sentence a person reads: the service by name, no JSON and no code.
      expect(lines[0], label).toMatch(/^worktray: [A-Z]/);
      expect(lines[0], label).not.toMatch(/[{}]|unsupported/);
      expect(lines[0], label).toContain(service.name);
    }
    expect(service.state()).toEqual(before);
    expect((await json(['outbox'])).json).toEqual([]);
  });
});
