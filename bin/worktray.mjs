#!/usr/bin/env node
// Runs the bundled CLI (dist/cli, built by `npm run build:cli` and on install) while it is
// newer than every source file; otherwise the TypeScript sources through tsx, so an edit
// is never hidden behind a stale bundle.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist/cli/worktray.mjs');

function newestSource(dir, newest = 0) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = newestSource(path, newest);
    else if (/\.(ts|wsdl)$/.test(entry.name)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function bundleIsFresh() {
  if (process.env.WORKTRAY_FROM_SOURCE || !existsSync(bundle)) return false;
  const built = statSync(bundle).mtimeMs;
  return ['main', 'shared', 'tests/simulators'].every(
    (dir) => !existsSync(join(root, dir)) || newestSource(join(root, dir)) < built,
  );
}

if (bundleIsFresh()) {
  await import(pathToFileURL(bundle).href);
} else {
  // tsx is a development dependency: an installed Worktray always runs its bundle.
  const tsx = await import('tsx/esm/api').catch(() => null);
  if (!tsx) {
    console.error(
      'worktray: the CLI bundle is missing or older than the sources, and tsx (a development tool) is not installed. Run `npm run build:cli`.',
    );
    process.exit(1);
  }
  tsx.register();
  await import('../main/cli/index.ts');
}
