#!/usr/bin/env node
// Bundles the `worktray` command into dist/cli/worktray.mjs so it starts without compiling
// TypeScript on every call; bin/worktray.mjs uses it while it is newer than the sources.
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist/cli');
mkdirSync(outDir, { recursive: true });
const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
};
await build({ ...common, entryPoints: [path.join(root, 'main/cli/index.ts')], outfile: path.join(outDir, 'worktray.mjs') });
// The Workity client finds its WSDL beside the code that loads it.
cpSync(path.join(root, 'main/core/providers/workity/wsdl'), path.join(outDir, 'wsdl'), { recursive: true });

// `worktray demo` runs the simulators, which are development tooling: they are bundled apart, into
// dist/dev, and the CLI loads them from there only when a source checkout has built them.
const devDir = path.join(root, 'dist/dev');
if (existsSync(path.join(root, 'tests/simulators/all.ts'))) {
  await build({
    ...common,
    entryPoints: [path.join(root, 'tests/simulators/all.ts')],
    outfile: path.join(devDir, 'simulators.mjs'),
  });
  cpSync(path.join(root, 'main/core/providers/workity/wsdl'), path.join(devDir, 'wsdl'), { recursive: true });
}
