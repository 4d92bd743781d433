import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { setLogSink } from '../../../main/core/log.js';
import { pageHandler } from '../../../main/host/pages.js';
import { parseRequestTarget } from '../../../main/host/requestPath.js';

function fakeResponse() {
  const seen = { status: 0, body: '', destroyed: false };
  const res = {
    headersSent: false,
    writeHead(status: number) {
      seen.status = status;
      return res;
    },
    end(body?: string) {
      seen.body += body ?? '';
    },
    destroy() {
      seen.destroyed = true;
    },
  };
  return { res: res as unknown as ServerResponse, seen };
}

describe('page handler', () => {
  it('answers a fault of its own with a logged 500 instead of throwing', () => {
    const lines: string[] = [];
    setLogSink((line) => lines.push(line), 'error');
    const req = {
      method: 'GET',
      url: '/',
      get headers(): never {
        throw new TypeError('boom');
      },
    } as unknown as IncomingMessage;
    const { res, seen } = fakeResponse();
    expect(() => pageHandler('/nowhere', () => 1234)(req, res)).not.toThrow();
    expect(seen.status).toBe(500);
    expect(lines.join('\n')).toMatch(/page request failed.*boom/);
  });
});

describe('request target parsing', () => {
  it.each([
    '/%c0',
    '/%',
    '/%ZZ',
    '/assets/%c0',
    '/a%00b',
    '/%2e%2e/x',
    '/..%2fx',
    '/a/../b',
    '/a%5cb',
    '/a\\b',
    '//x',
    'x',
    '',
    '*',
  ])('refuses %j', (url) => {
    expect(parseRequestTarget(url)).toBeNull();
  });

  it('decodes a valid path into segments and keeps the query', () => {
    const target = parseRequestTarget('/assets/caf%C3%A9%20menu.js?token=a%2Bb&x=%');
    expect(target?.segments).toEqual(['assets', 'café menu.js']);
    expect(target?.query.get('token')).toBe('a+b');
  });
});
