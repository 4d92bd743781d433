import { createReadStream, realpathSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

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

/** The real file under root that the segments name, or null: a link leading outside root counts as outside. */
function fileUnder(root: string, segments: string[]): string | null {
  try {
    const base = realpathSync(resolve(root));
    const file = realpathSync(join(base, ...(segments.length === 0 ? ['index.html'] : segments)));
    return file.startsWith(base + sep) && statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

/** Serves a file of the built renderer; anything outside its folder is not found. */
export function serveStatic(root: string, segments: string[], res: ServerResponse, headers: Record<string, string>): void {
  const file = fileUnder(root, segments);
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain', ...headers });
    res.end('not found');
    return;
  }
  const stream = createReadStream(file);
  // The file can vanish between the check and the read (a rebuild): end the response instead of the process.
  stream.once('error', () => res.destroy());
  stream.once('open', () => {
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': extname(file) === '.html' ? 'no-store' : 'max-age=3600',
      ...headers,
    });
    stream.pipe(res);
  });
}

export function rendererMissingPage(root: string): string {
  return `<!doctype html><title>Worktray</title><p>The renderer is not built (${root} is missing). Run <code>npm run build</code>.</p>`;
}
