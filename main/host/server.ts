import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { Core } from '../core/app.js';
import { createLogger } from '../core/log.js';
import { pageHandler } from './pages.js';
import { parseRequestTarget } from './requestPath.js';
import { hasToken, isAllowedHost, isAllowedOrigin } from './security.js';
import { serveSocket } from './socket.js';

const log = createLogger('host');

function refuseUpgrade(socket: Duplex, status: string): void {
  socket.on('error', () => undefined);
  socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

export interface WebHostOptions {
  core: Core;
  rendererDir: string;
  port?: number;
  /** Fixed only in tests; a new random one every launch otherwise. */
  token?: string;
}

export interface WebHost {
  url: string;
  port: number;
  token: string;
  server: Server;
  close(): Promise<void>;
}

/**
 * The web host: the built renderer over HTTP and the contract over a
 * WebSocket, on 127.0.0.1 only. The socket needs the per-launch token, a
 * loopback Host and this server's own Origin.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const sockets = new Set<Socket>();
  const wss = new WebSocketServer({ noServer: true, maxPayload: 8 * 1024 * 1024 });
  let port = 0;
  const server = createServer(pageHandler(options.rendererDir, () => port));
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('upgrade', (req, socket: Duplex, head: Buffer) => {
    try {
      const target = parseRequestTarget(req.url);
      const allowed =
        target !== null &&
        target.segments.join('/') === 'ws' &&
        isAllowedHost(req, port) &&
        isAllowedOrigin(req, port) &&
        hasToken(target.query, token);
      if (!allowed) return refuseUpgrade(socket, target === null ? '400 Bad Request' : '403 Forbidden');
      wss.handleUpgrade(req, socket, head, (ws) => serveSocket(ws, options.core));
    } catch (error) {
      log.error('upgrade failed', { message: error instanceof Error ? error.message : String(error) });
      socket.destroy();
    }
  });
  const unsubscribe = options.core.events.onAny((name, payload) => {
    const message = JSON.stringify({ type: 'event', name, payload });
    for (const client of wss.clients) if (client.readyState === client.OPEN) client.send(message);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    server,
    async close() {
      unsubscribe();
      for (const client of wss.clients) client.terminate();
      wss.close();
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
