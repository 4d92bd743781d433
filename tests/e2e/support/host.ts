import { spawn, type ChildProcess } from 'node:child_process';

export const PASSPHRASE = 'e2e-vault-passphrase';

export interface RunningHost {
  /** The page URL with its per-launch token. */
  url: string;
  origin: string;
  token: string;
  /** Everything the host wrote to stdout and stderr so far (checked for secrets). */
  output(): string;
  stop(): Promise<void>;
  /** SIGKILL, as a crash: no chance to close anything. */
  kill(): Promise<void>;
}

/** Starts `worktray serve` on a free port with its own data folder; resolves when it prints its URL. */
export async function startHost(dataDir: string): Promise<RunningHost> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['bin/worktray.mjs', '--data-dir', dataDir, 'serve', '--no-open', '--port', '0'],
    {
      env: { ...process.env, WORKTRAY_PASSPHRASE: PASSPHRASE },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${output}`)), 30_000);
    const check = () => {
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => reject(new Error(`host exited with ${String(code)}:\n${output}`)));
  });
  const parsed = new URL(url);
  const exited = () => child.exitCode !== null || child.signalCode !== null;
  const end = (signal: NodeJS.Signals) =>
    new Promise<void>((resolve) => {
      if (exited()) return resolve();
      child.once('exit', () => resolve());
      child.kill(signal);
      if (signal !== 'SIGKILL') setTimeout(() => child.kill('SIGKILL'), 5000).unref();
    });
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token') ?? '',
    output: () => output,
    stop: () => end('SIGTERM'),
    kill: () => end('SIGKILL'),
  };
}
