import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { setLogSink } from '../core/log.js';

/** The global flags main() needs before commander has parsed (or when it refused to). */
export function earlyFlags(argv: string[]): { json: boolean; verbose: boolean } {
  const end = argv.indexOf('--');
  const flags = end === -1 ? argv.slice(2) : argv.slice(2, end);
  return { json: flags.includes('--json'), verbose: flags.includes('--verbose') };
}

export function logFile(dataDir: string): string {
  return join(dataDir, 'logs', 'worktray.log');
}

/**
 * Where the CLI's log lines go: stderr with --verbose; otherwise the log file
 * in the data folder, so stderr holds only the command's own error (one JSON
 * document under --json). The folder is made on the first line, not before.
 */
export function routeLogs(verbose: boolean, dataDir: () => string, env = process.env): void {
  if (verbose) {
    setLogSink((line) => process.stderr.write(`${line}\n`), env.WORKTRAY_LOG_LEVEL ?? 'info');
    return;
  }
  setLogSink((line) => {
    try {
      const file = logFile(dataDir());
      mkdirSync(join(file, '..'), { recursive: true, mode: 0o700 });
      appendFileSync(file, `${line}\n`, { mode: 0o600 });
    } catch {
      // A log line that cannot be written must not turn a working command into a failing one.
    }
  }, env.WORKTRAY_LOG_LEVEL ?? 'warn');
}
