#!/usr/bin/env node
/*
 * Bundles the Electron host: main/electron/main.ts -> dist/electron/main.cjs and
 * preload/index.ts -> dist/electron/preload.cjs, both CommonJS. The preload is
 * one self-contained file because a sandboxed preload cannot require anything
 * but `electron`. `--test` makes a test build (dist/test/) with the Playwright
 * hooks compiled in; a normal build defines them away. `--out=DIR` builds
 * elsewhere (the bundle smoke test).
 */
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const isTest = process.argv.includes('--test');
const outArg = process.argv.find((arg) => arg.startsWith('--out='));
const outDir = outArg
  ? path.resolve(outArg.slice('--out='.length))
  : path.join(root, isTest ? 'dist/test/electron' : 'dist/electron');

// Code under main/core finds its files (the Workity WSDL) relative to import.meta.url;
// in a CommonJS bundle that becomes the bundle's own file URL.
const importMetaBanner = "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;";

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  sourcemap: isTest ? 'inline' : 'linked',
  minify: false,
  logLevel: 'warning',
  external: ['electron', 'better-sqlite3'],
  define: {
    __WORKTRAY_TEST_BUILD__: JSON.stringify(isTest),
    'process.env.NODE_ENV': JSON.stringify(isTest ? 'test' : 'production'),
  },
};

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

await build({
  ...common,
  entryPoints: [path.join(root, 'main/electron/main.ts')],
  outfile: path.join(outDir, 'main.cjs'),
  banner: { js: importMetaBanner },
  define: { ...common.define, 'import.meta.url': '__importMetaUrl' },
});
await build({
  ...common,
  entryPoints: [path.join(root, 'preload/index.ts')],
  outfile: path.join(outDir, 'preload.cjs'),
});

cpSync(path.join(root, 'main/core/providers/workity/wsdl'), path.join(outDir, 'wsdl'), { recursive: true });
cpSync(path.join(root, 'build/icons/tray'), path.join(outDir, 'icons'), { recursive: true });
const rendererDir = path.join(root, 'dist/renderer');
if (isTest && existsSync(rendererDir)) cpSync(rendererDir, path.join(outDir, '..', 'renderer'), { recursive: true });

console.log(`built ${path.relative(root, outDir)}/main.cjs and preload.cjs`);
