import { createReadStream, existsSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/** Serves a file of the built renderer; anything outside its folder is not found. */
export function serveStatic(root: string, pathname: string, res: ServerResponse, headers: Record<string, string>): void {
  const base = resolve(root);
  const wanted = pathname === '/' || pathname === '' ? '/index.html' : decodeURIComponent(pathname);
  const file = resolve(join(base, normalize(wanted)));
  if (!file.startsWith(base + sep) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { 'content-type': 'text/plain', ...headers });
    res.end('not found');
    return;
  }
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': extname(file) === '.html' ? 'no-store' : 'max-age=3600',
    ...headers,
  });
  createReadStream(file).pipe(res);
}

export function rendererMissingPage(root: string): string {
  return `<!doctype html><title>Worktray</title><p>The renderer is not built (${root} is missing). Run <code>npm run build</code>.</p>`;
}
