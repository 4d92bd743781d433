import { createInterface } from 'node:readline';
import { AppError } from '../../shared/errors.js';

/** Reads the first line of stdin (the secret of `accounts add`); never echoes it. */
export async function readFirstLine(stream: NodeJS.ReadableStream = process.stdin): Promise<string> {
  const rl = createInterface({ input: stream, terminal: false });
  for await (const line of rl) {
    rl.close();
    return line.replace(/\r$/, '');
  }
  return '';
}

/** Asks on the terminal without echoing what is typed. */
export async function promptHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) throw new AppError('auth', 'No terminal to ask on');
  process.stderr.write(question);
  stdin.setRawMode(true);
  stdin.resume();
  let answer = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\r' || char === '\n') {
          cleanup();
          process.stderr.write('\n');
          resolve(answer);
          return;
        }
        if (char === '\u0003') {
          cleanup();
          reject(new AppError('validation', 'Cancelled'));
          return;
        }
        answer = char === '\u007f' ? answer.slice(0, -1) : answer + char;
      }
    };
    const cleanup = (): void => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
    };
    stdin.on('data', onData);
  });
}
