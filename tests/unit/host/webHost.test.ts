import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { Core } from '../../../main/core/app.js';
import { createCore } from '../../../main/core/createCore.js';
import { passphraseCipherFor } from '../../../main/core/vault/vault.js';
import { startWebHost, type WebHost } from '../../../main/host/server.js';
import { CHANNELS } from '../../../shared/contract.js';

let core: Core;
let host: WebHost;

beforeAll(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'wt-host-'));
  const rendererDir = join(dataDir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Worktray</title>');
  core = createCore({ dataDir, host: 'web', cipher: () => passphraseCipherFor(dataDir, 'pw') });
  host = await startWebHost({ core, rendererDir });
});

afterAll(async () => {
  await host.close();
  await core.close();
});

function connect(path: string, headers: Record<string, string> = {}): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://127.0.0.1:${host.port}${path}`, {
      headers: { origin: `http://127.0.0.1:${host.port}`, ...headers },
    });
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
    ws.once('unexpected-response', (_req, res) => reject(new Error(`refused: ${res.statusCode}`)));
  });
}

function rpc(ws: WebSocket, message: unknown): Promise<{ id: number | null; result: { ok: boolean; error?: { code: string } } }> {
  return new Promise((resolve) => {
    ws.once('message', (data: Buffer) => resolve(JSON.parse(data.toString('utf8'))));
    ws.send(typeof message === 'string' ? message : JSON.stringify(message));
  });
}

describe('web host', () => {
  it('listens on loopback and prints a URL with the per-launch token', () => {
    expect(host.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${host.port}/\\?token=[A-Za-z0-9_-]{32}$`));
    expect((host.server.address() as { address: string }).address).toBe('127.0.0.1');
  });

  it('serves the renderer with a strict Content-Security-Policy', async () => {
    const res = await fetch(`http://127.0.0.1:${host.port}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect((await fetch(`http://127.0.0.1:${host.port}/../../etc/passwd`)).status).toBe(404);
  });

  it('refuses a socket without the token, with a wrong one, from a foreign origin or a foreign Host', async () => {
    await expect(connect('/ws')).rejects.toThrow(/403/);
    await expect(connect('/ws?token=wrong')).rejects.toThrow(/403/);
    await expect(connect(`/ws?token=${host.token}`, { origin: 'http://evil.example' })).rejects.toThrow(/403/);
    await expect(connect(`/ws?token=${host.token}`, { host: `evil.example:${host.port}` })).rejects.toThrow(/403/);
  });

  it('refuses a page request naming a non-loopback Host', async () => {
    const res = await new Promise<number>((resolve) => {
      void import('node:http').then(({ get }) =>
        get({ host: '127.0.0.1', port: host.port, path: '/', headers: { host: 'attacker.example' } }, (r) =>
          resolve(r.statusCode ?? 0),
        ),
      );
    });
    expect(res).toBe(421);
  });

  it('answers random and malformed payloads on every channel with a validation error and keeps serving', async () => {
    const ws = await connect(`/ws?token=${host.token}`);
    let deep: unknown = 'x';
    for (let i = 0; i < 500; i += 1) deep = { a: deep };
    const bad: unknown[] = [
      42,
      'text',
      [1, 2],
      { unknownField: true },
      { key: 12 },
      { id: -1 },
      { accountId: 'x'.repeat(1_000_000) },
      deep,
      { title: null },
    ];
    let id = 0;
    for (const channel of CHANNELS) {
      for (const input of bad) {
        id += 1;
        const reply = await rpc(ws, { type: 'invoke', id, channel, input });
        expect(reply.id).toBe(id);
        // A payload that happens to be valid for a no-argument channel is fine; everything else is a validation error.
        if (!reply.result.ok)
          expect(reply.result.error?.code, `${channel} ${JSON.stringify(input).slice(0, 40)}`).toBe('validation');
      }
    }
    expect((await rpc(ws, { type: 'invoke', id: 1, channel: 'nope:nope', input: {} })).result.error?.code).toBe('validation');
    expect((await rpc(ws, '{"type":"invoke","id":')).result.error?.code).toBe('validation');
    const veryDeep = `{"type":"invoke","id":7,"channel":"tasks:list","input":${'['.repeat(200_000)}${']'.repeat(200_000)}}`;
    expect((await rpc(ws, veryDeep)).result.error?.code).toBe('validation');
    expect((await rpc(ws, { type: 'weird' })).result.error?.code).toBe('validation');
    const alive = await rpc(ws, { type: 'invoke', id: 999, channel: 'accounts:list', input: {} });
    expect(alive).toMatchObject({ id: 999, result: { ok: true, value: [] } });
    ws.close();
  });
});
