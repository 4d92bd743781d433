import { Agent, ClientRequest, request as httpRequest, type OutgoingHttpHeaders } from 'node:http';

/** One HTTP request as the real client sent it: enough to send it again byte for byte. */
export interface RecordedRequest {
  port: number;
  method: string;
  path: string;
  headers: OutgoingHttpHeaders;
  body: Buffer;
}

/**
 * Records every outgoing node:http request of this process (axios and node-soap
 * both end up in ClientRequest) by wrapping ClientRequest's write/end while
 * recording, so the floor can replay exactly what a sync sent without touching
 * the clients. The head (method, path, headers, port) is read back from what
 * node:http wrote on the wire.
 */
export function recordRequests(): { stop(): RecordedRequest[] } {
  const proto = ClientRequest.prototype as unknown as Record<'write' | 'end', (...args: unknown[]) => unknown>;
  const { write, end } = proto;
  const bodies = new Map<ClientRequest, Buffer[]>();
  const keep = (request: ClientRequest, chunk: unknown, encoding: unknown): void => {
    const chunks = bodies.get(request) ?? [];
    bodies.set(request, chunks);
    if (chunk === undefined || chunk === null || typeof chunk === 'function') return;
    chunks.push(
      Buffer.isBuffer(chunk)
        ? chunk
        : Buffer.from(chunk as string, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8'),
    );
  };
  proto.write = function (this: ClientRequest, chunk: unknown, ...rest: unknown[]) {
    keep(this, chunk, rest[0]);
    return write.call(this, chunk, ...rest);
  };
  proto.end = function (this: ClientRequest, chunk?: unknown, ...rest: unknown[]) {
    keep(this, chunk, rest[0]);
    return end.call(this, chunk, ...rest);
  };
  return {
    stop() {
      proto.write = write;
      proto.end = end;
      return [...bodies].map(([request, chunks]) =>
        fromHead((request as unknown as { _header?: string })._header ?? '', Buffer.concat(chunks)),
      );
    },
  };
}

function fromHead(head: string, body: Buffer): RecordedRequest {
  const [requestLine = '', ...lines] = head.split('\r\n');
  const [method = 'GET', path = '/'] = requestLine.split(' ');
  const headers: OutgoingHttpHeaders = {};
  let port = 80;
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).toLowerCase();
    const value = line.slice(colon + 1).trim();
    if (name === 'host') port = Number(value.split(':')[1] ?? 80);
    else if (name !== 'connection') headers[name] = value;
  }
  return { port, method, path, headers, body };
}

const agent = new Agent({ keepAlive: true, maxSockets: 8 });

/** Sends one recorded request with bare node:http, reads the body and throws it away; resolves with the byte count. */
export function replay(entry: RecordedRequest): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: '127.0.0.1', port: entry.port, method: entry.method, path: entry.path, headers: entry.headers, agent },
      (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () => resolve(bytes));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(entry.body);
  });
}

/** Replays each group's requests in order, `concurrency` groups at a time (as the sync runs accounts). */
export async function replayGroups(groups: RecordedRequest[][], concurrency: number): Promise<number> {
  let next = 0;
  let bytes = 0;
  const worker = async (): Promise<void> => {
    while (next < groups.length) {
      const group = groups[next++] as RecordedRequest[];
      for (const entry of group) bytes += await replay(entry);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, groups.length) }, worker));
  return bytes;
}
