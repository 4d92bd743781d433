import { connect } from 'node:net';

export interface RawReply {
  /** The status code, or null when the host closed the connection without a status line. */
  status: number | null;
  text: string;
}

/** Sends bytes exactly as given (no client-side URL normalising) and reads until the host closes. */
export function rawRequest(port: number, request: string | Buffer, limitMs = 15_000): Promise<RawReply> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port });
    const chunks: Buffer[] = [];
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer within ${limitMs} ms to ${JSON.stringify(request.toString('latin1').slice(0, 120))}`));
    }, limitMs);
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    // The host may close early on a request it refuses while we still write; that is an answer, not a failure.
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      const text = Buffer.concat(chunks).toString('latin1');
      const match = /^HTTP\/1\.[01] (\d{3})/.exec(text);
      resolve({ status: match ? Number(match[1]) : null, text });
    });
    socket.write(request, () => undefined);
  });
}

/** Runs jobs with at most `limit` in flight. */
export async function pooled<T>(items: T[], limit: number, job: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const item = items[next];
      next += 1;
      await job(item as T);
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
}
