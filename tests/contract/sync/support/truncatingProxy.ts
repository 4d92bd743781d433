import { createServer, request, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TruncatingProxy {
  /** The proxy's origin; put it where the simulator's origin was. */
  origin: string;
  /** The next request matching is forwarded and handled, and its reply cut in half: "the server did it, the answer is garbage". */
  truncateNext(method: string, path: RegExp): void;
  close(): Promise<void>;
}

/**
 * Sits between the client and a simulator. The simulators' own `malformedNext`
 * answers without handling; this one lets the server commit the write first,
 * which is the case the outbox must not mistake for a refusal.
 */
export async function startTruncatingProxy(target: string): Promise<TruncatingProxy> {
  const upstream = new URL(target);
  let armed: { method: string; path: RegExp } | null = null;
  const server = createServer((req, res) => {
    const cut = armed !== null && req.method === armed.method && armed.path.test(req.url ?? '');
    if (cut) armed = null;
    const forward = request(
      { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers },
      (reply) => {
        const chunks: Buffer[] = [];
        reply.on('data', (chunk: Buffer) => chunks.push(chunk));
        reply.on('end', () => {
          const body = Buffer.concat(chunks);
          const sent = cut ? body.subarray(0, Math.floor(body.length / 2)) : body;
          const headers: IncomingHttpHeaders = { ...reply.headers, 'content-length': String(sent.length) };
          delete headers['transfer-encoding'];
          res.writeHead(reply.statusCode ?? 502, headers);
          res.end(sent);
        });
      },
    );
    forward.on('error', () => res.socket?.destroy());
    req.pipe(forward);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    truncateNext: (method, path) => {
      armed = { method, path };
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
