import { AppError } from '../../shared/errors.js';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The secret of `accounts add`: the bytes of stdin up to the first line
 * ending, exactly as given (only the `\n` or `\r\n` is dropped, never a
 * space, since passwords may start or end with one). Text that is not UTF-8
 * is refused rather than silently altered. Stdin is paused, not closed, so a
 * passphrase can still be asked on the terminal afterwards.
 */
export function readSecretLine(stream: NodeJS.ReadableStream = process.stdin): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const cleanup = (): void => {
      stream.off('data', onData);
      stream.off('end', onEnd);
      stream.off('error', onError);
      stream.pause();
    };
    const done = (endedLine: boolean): void => {
      cleanup();
      try {
        resolve(decodeSecret(Buffer.concat(chunks), endedLine));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    const onData = (chunk: Buffer | string): void => {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      const newline = bytes.indexOf(0x0a);
      if (newline < 0) {
        chunks.push(bytes);
        return;
      }
      chunks.push(bytes.subarray(0, newline));
      const rest = bytes.subarray(newline + 1);
      done(true);
      if (rest.length > 0) stream.unshift(rest);
    };
    const onEnd = (): void => done(false);
    const onError = (error: Error): void => {
      cleanup();
      reject(error);
    };
    stream.on('data', onData);
    stream.on('end', onEnd);
    stream.on('error', onError);
    stream.resume();
  });
}

/** One line's bytes (without its `\n`) as text: drops the `\r` of a `\r\n`, refuses anything that is not UTF-8. */
export function decodeSecret(line: Buffer, endedLine = true): string {
  const bytes = endedLine && line.at(-1) === 0x0d ? line.subarray(0, -1) : line;
  try {
    return strictUtf8.decode(bytes);
  } catch {
    throw new AppError(
      'validation',
      'The secret on stdin is not UTF-8 text; Worktray would have to change it to store it. Pipe it as UTF-8 (e.g. re-save the file as UTF-8)',
      { field: 'secret' },
    );
  }
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
