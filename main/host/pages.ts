import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createLogger } from '../core/log.js';
import { parseRequestTarget } from './requestPath.js';
import { contentSecurityPolicy, isAllowedHost } from './security.js';
import { rendererMissingPage, serveStatic } from './static.js';

const log = createLogger('host');

function answer(res: ServerResponse, status: number, text: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
  res.end(text);
}

function servePage(req: IncomingMessage, res: ServerResponse, rendererDir: string, port: number): void {
  const headers = {
    'content-security-policy': contentSecurityPolicy(port),
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  };
  if (!isAllowedHost(req, port)) return answer(res, 421, 'wrong host');
  if (req.method !== 'GET' && req.method !== 'HEAD') return answer(res, 405, 'method not allowed', { allow: 'GET, HEAD' });
  const target = parseRequestTarget(req.url);
  if (!target) return answer(res, 400, 'bad request path');
  if (!existsSync(rendererDir)) {
    res.writeHead(503, { 'content-type': 'text/html; charset=utf-8', ...headers });
    res.end(rendererMissingPage(rendererDir));
    return;
  }
  serveStatic(rendererDir, target.segments, res, headers);
}

/**
 * The page handler. Whatever a request holds, it gets an answer and the host
 * keeps serving: a fault of ours is a logged 500, never a thrown error (one
 * would end `worktray serve` for everyone, token or not).
 */
export function pageHandler(rendererDir: string, port: () => number) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    try {
      servePage(req, res, rendererDir, port());
    } catch (error) {
      log.error('page request failed', { method: req.method, message: error instanceof Error ? error.message : String(error) });
      if (res.headersSent) res.destroy();
      else answer(res, 500, 'internal error');
    }
  };
}
