#!/usr/bin/env node
// Bundles the `worktray` command into dist/cli/worktray.mjs so it starts without compiling
// TypeScript on every call; bin/worktray.mjs uses it while it is newer than the sources.
import { build } from 'esbuild';
import { cpSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist/cli');
mkdirSync(outDir, { recursive: true });
await build({
  entryPoints: [path.join(root, 'main/cli/index.ts')],
  outfile: path.join(outDir, 'worktray.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
});
// The Workity client finds its WSDL beside the code that loads it.
cpSync(path.join(root, 'main/core/providers/workity/wsdl'), path.join(outDir, 'wsdl'), { recursive: true });
