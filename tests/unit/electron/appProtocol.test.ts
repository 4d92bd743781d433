import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  createAppHandler,
  PRIVILEGED_SCHEMES,
  resolveRendererFile,
} from '../../../main/electron/appProtocol.js';

let root = '';
beforeAll(() => {
  const base = mkdtempSync(path.join(os.tmpdir(), 'worktray-protocol-'));
  root = path.join(base, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><script type="module" src="./assets/app.js"></script>');
  writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(path.join(base, 'secret.txt'), 'outside the renderer');
});

const get = (url: string, method = 'GET') => createAppHandler({ rootDir: root })(new Request(url, { method }));

describe('app:// protocol', () => {
  it('registers app as a standard, secure scheme so that "self" means the app', () => {
    expect(PRIVILEGED_SCHEMES).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) },
    ]);
  });

  it('serves the main and quick-add pages (one index.html) with the strict CSP', async () => {
    for (const url of ['app://worktray/index.html', 'app://worktray/', 'app://worktray/index.html#/quick-add']) {
      const response = await get(url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('puts the CSP on scripts too, with their JavaScript type', async () => {
    const response = await get('app://worktray/assets/app.js');
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toBe('console.log(1)');
  });

  it('allows nothing inline and nothing from elsewhere', () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]),
    );
    expect(directives).toMatchObject({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self'",
      'connect-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'frame-ancestors': "'none'",
    });
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe');
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const url of [
      'app://worktray/../secret.txt',
      'app://worktray/%2e%2e/secret.txt',
      'app://worktray/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
    ]) {
      expect((await get(url)).status).toBe(404);
    }
    expect(resolveRendererFile(root, 'app://worktray/%2e%2e%2fsecret.txt')).toBeNull();
  });

  it('answers 404 for another host, a missing file or a non-GET request', async () => {
    expect((await get('app://evil/index.html')).status).toBe(404);
    expect((await get('app://worktray/missing.js')).status).toBe(404);
    expect((await get('app://worktray/index.html', 'POST')).status).toBe(404);
  });
});
