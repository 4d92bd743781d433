import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export interface MemoryFigures {
  rssMb: number[];
  heapUsedMb: number[];
  cachedTasks: number;
  pulledTasks: number;
  errors: string[];
}

const run = promisify(execFile);
const CHILD = fileURLToPath(new URL('./memoryChild.ts', import.meta.url));
const MB = 1024 * 1024;

/** Figure 5: the RSS of a fresh process running the core over the 100,000-task cache after a sync and a search. */
export async function benchMemory(dataDir: string, runs: number, passphrase: string): Promise<MemoryFigures> {
  const figures: MemoryFigures = { rssMb: [], heapUsedMb: [], cachedTasks: 0, pulledTasks: 0, errors: [] };
  for (let i = 0; i < runs; i += 1) {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', CHILD, dataDir], {
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
