import { execFile } from 'node:child_process';
import { cpSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';

export interface MemoryFigures {
  rssMb: number[];
  heapUsedMb: number[];
  cachedTasks: number;
  pulledTasks: number;
  errors: string[];
}

const run = promisify(execFile);
const CHILD = fileURLToPath(new URL('./memoryChild.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Under dist/ so its bare imports resolve to the project's node_modules, as the CLI bundle's do. */
const BUNDLE = `${ROOT}dist/bench/memoryChild.mjs`;
const MB = 1024 * 1024;

/**
 * The child is bundled the way scripts/build-cli.mjs bundles the CLI and run by plain node, so the
 * figure is the production core's memory, not tsx's loader and compiled sources on top of it.
 */
async function bundleChild(): Promise<void> {
  await build({
    entryPoints: [CHILD],
    outfile: BUNDLE,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  // The Workity client finds its WSDL beside the code that loads it.
  cpSync(`${ROOT}main/core/providers/workity/wsdl`, `${ROOT}dist/bench/wsdl`, { recursive: true });
}

/** Figure 5: the RSS of a fresh process running the core over the 100,000-task cache after a sync and a search. */
export async function benchMemory(dataDir: string, runs: number, passphrase: string): Promise<MemoryFigures> {
  const figures: MemoryFigures = { rssMb: [], heapUsedMb: [], cachedTasks: 0, pulledTasks: 0, errors: [] };
  await bundleChild();
  for (let i = 0; i < runs; i += 1) {
    const { stdout } = await run(process.execPath, [BUNDLE, dataDir], {
      env: { ...process.env, WORKTRAY_PASSPHRASE: passphrase },
      maxBuffer: 1024 * 1024,
    });
    const result = JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as {
      rssBytes: number;
      heapUsedBytes: number;
      cachedTasks: number;
      pulledTasks: number;
      errors: string[];
    };
    figures.rssMb.push(result.rssBytes / MB);
    figures.heapUsedMb.push(result.heapUsedBytes / MB);
    Object.assign(figures, { cachedTasks: result.cachedTasks, pulledTasks: result.pulledTasks, errors: result.errors });
  }
  return figures;
}
