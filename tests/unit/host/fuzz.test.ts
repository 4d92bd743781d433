import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN } from '../../helpers/cli.js';
import { hostileRequests } from './hostileRequests.js';
import { pooled, rawRequest } from './rawHttp.js';

const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const CANARY = `canary-${randomBytes(12).toString('hex')}`;
const INDEX = '<!doctype html><title>Worktray fuzz</title>';

let child: ChildProcess;
let port = 0;
let output = '';

/** `worktray serve` as a user runs it, on a renderer folder with secrets planted beside it. */
beforeAll(async () => {
  const root = mkdtempSync(join(tmpdir(), 'wt-fuzz-'));
  const rendererDir = join(root, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), INDEX);
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1);');
  // Next to the root, and in a sibling whose name starts like the root's (a prefix check would let it through).
  writeFileSync(join(root, 'canary.txt'), CANARY);
  mkdirSync(join(root, 'renderer-private'));
  writeFileSync(join(root, 'renderer-private', 'canary.txt'), CANARY);
  child = spawn(process.execPath, [BIN, '--data-dir', join(root, 'data'), 'serve', '--no-open', '--port', '0'], {
    env: { ...process.env, WORKTRAY_PASSPHRASE: 'fuzz', WORKTRAY_RENDERER_DIR: rendererDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  port = await new Promise<number>((resolve, reject) => {
    child.stdout?.on('data', () => {
      const match = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(output);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${String(code)}:\n${output}`)));
  });
}, 60_000);

afterAll(() => {
  child.kill('SIGTERM');
});

const normal = (path: string) => rawRequest(port, `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`);

describe('web host under hostile requests, without the token', () => {
  it('answers 400 to malformed paths that used to end the process', async () => {
    for (const path of [
      '/%c0',
      '/%',
      '/%ZZ',
      '/assets/%c0',
      '/%00',
      '/a%2fb',
      '/%2e%2e%2fcanary.txt',
      '//',
      `/${'a'.repeat(3000)}`,
    ]) {
      expect((await normal(path)).status, path).toBe(400);
    }
    expect((await normal('/')).text).toContain(INDEX);
  });

  it('refuses a WebSocket upgrade on a malformed path (400) or without the token (403)', async () => {
    const upgrade = (path: string) =>
      rawRequest(
        port,
        `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nOrigin: http://127.0.0.1:${port}\r\nUpgrade: websocket\r\n` +
          'Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n',
      );
    expect((await upgrade('//')).status).toBe(400);
    expect((await upgrade('/ws%c0')).status).toBe(400);
    expect((await upgrade('/ws?token=%')).status).toBe(403);
    expect((await upgrade('/ws')).status).toBe(403);
  });

  it(`keeps serving 10,000 random requests, never a 5xx, never a file outside the renderer (seed ${SEED})`, async () => {
    const requests = hostileRequests(10_000, SEED, port, [
      'canary.txt',
      'renderer-private/canary.txt',
      '../renderer-private/canary.txt',
    ]);
    const failures: string[] = [];
    let refused = 0;
    await pooled(requests, 24, async ({ kind, bytes }) => {
      const reply = await rawRequest(port, bytes);
      const label = `${kind} ${JSON.stringify(bytes.toString('latin1').slice(0, 100))}`;
      if (reply.status === 400) refused += 1;
      if (reply.text.includes(CANARY)) failures.push(`served the canary: ${label}`);
      if (reply.status !== null && reply.status >= 500) failures.push(`${reply.status}: ${label}`);
    });
    expect(failures.slice(0, 20)).toEqual([]);
    // The generator really reaches the path checks (most requests are malformed on purpose).
    expect(refused).toBeGreaterThan(5_000);
    expect(child.exitCode).toBeNull();
    const after = await normal('/assets/app.js');
    expect(after.status).toBe(200);
    expect(after.text).toContain('console.log(1);');
    expect(output).not.toMatch(/URIError|Unhandled|TypeError/);
  }, 60_000);
});
