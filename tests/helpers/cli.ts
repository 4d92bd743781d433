import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/worktray.mjs', import.meta.url));

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  json: () => unknown;
}

/** Runs `worktray` as a user would: a child process, the secret on stdin. */
export function runCli(
  args: string[],
  options: { stdin?: string; env?: Record<string, string | undefined>; timeoutMs?: number } = {},
): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, WORKTRAY_LOG_LEVEL: 'warn', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`worktray ${args.join(' ')} timed out; stderr: ${stderr}`));
    }, options.timeoutMs ?? 60_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? 1, stdout, stderr, json: () => JSON.parse(stdout) });
    });
    child.stdin.end(options.stdin ?? '');
  });
}

export interface JsonRun {
  code: number | null;
  json: unknown;
  stdout: string;
  stderr: string;
}

/** Runs `worktray --data-dir DIR --json ...args` with the secret, when given, on stdin. */
export async function runJson(dataDir: string, args: string[], stdin = '', passphrase = 'test-pass'): Promise<JsonRun> {
  const run = await runCli(['--data-dir', dataDir, '--json', ...args], {
    stdin: stdin ? `${stdin}\n` : '',
    env: { WORKTRAY_PASSPHRASE: passphrase },
  });
  return { code: run.code, json: run.stdout.trim() ? JSON.parse(run.stdout) : null, stdout: run.stdout, stderr: run.stderr };
}
