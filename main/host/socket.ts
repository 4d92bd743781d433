import type { WebSocket } from 'ws';
import { AppError } from '../../shared/errors.js';
import type { Core } from '../core/app.js';
import { dispatch } from '../core/dispatch.js';
import { createLogger } from '../core/log.js';

const log = createLogger('host');

interface InvokeMessage {
  type: 'invoke';
  id: number;
  channel: unknown;
  input: unknown;
}

function parseMessage(raw: string): InvokeMessage | AppError {
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return new AppError('validation', 'The message is not JSON', { field: 'message' });
  }
  if (typeof data !== 'object' || data === null)
    return new AppError('validation', 'The message is not an object', { field: 'message' });
  const message = data as Record<string, unknown>;
  if (message.type !== 'invoke' || typeof message.id !== 'number') {
    return new AppError('validation', 'The message needs type "invoke" and a numeric id', { field: 'type' });
  }
  return { type: 'invoke', id: message.id, channel: message.channel, input: message.input };
}

/** Serves the contract over one authenticated socket: every message gets a reply, none can end the host. */
export function serveSocket(socket: WebSocket, core: Core): void {
  socket.on('message', (data, isBinary) => {
    const raw = isBinary
      ? ''
      : Buffer.isBuffer(data)
        ? data.toString('utf8')
        : Buffer.concat(Array.isArray(data) ? data : [Buffer.from(data)]).toString('utf8');
    const message = parseMessage(raw);
    if (message instanceof AppError) {
      const id = (() => {
        try {
          const parsed = JSON.parse(raw) as { id?: unknown };
          return typeof parsed.id === 'number' ? parsed.id : null;
        } catch {
          return null;
        }
      })();
      socket.send(JSON.stringify({ type: 'reply', id, result: { ok: false, error: message.toPayload() } }));
      return;
    }
    dispatch(core.handlers, message.channel, message.input)
      .then((result) => socket.send(JSON.stringify({ type: 'reply', id: message.id, result })))
      .catch((error: unknown) => log.error('reply failed', { message: String(error) }));
  });
  socket.on('error', (error) => log.warn('socket error', { message: error.message }));
}
