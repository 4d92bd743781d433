import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { WebSocketServer } from 'ws';
import type { Core } from '../core/app.js';
import { contentSecurityPolicy, hasToken, isAllowedHost, isAllowedOrigin } from './security.js';
import { serveSocket } from './socket.js';
import { rendererMissingPage, serveStatic } from './static.js';

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
  const server = createServer((req, res) => {
    const headers = {
      'content-security-policy': contentSecurityPolicy(port),
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    };
    if (!isAllowedHost(req, port)) {
      res.writeHead(421, { 'content-type': 'text/plain' });
      res.end('wrong host');
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { 'content-type': 'text/plain', allow: 'GET' });
      res.end('method not allowed');
      return;
    }
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (!existsSync(options.rendererDir)) {
      res.writeHead(503, { 'content-type': 'text/html; charset=utf-8', ...headers });
      res.end(rendererMissingPage(options.rendererDir));
      return;
    }
    serveStatic(options.rendererDir, pathname, res, headers);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('upgrade', (req, socket, head) => {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    const allowed = pathname === '/ws' && isAllowedHost(req, port) && isAllowedOrigin(req, port) && hasToken(req, token);
    if (!allowed) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => serveSocket(ws, options.core));
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
