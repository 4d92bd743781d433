import WebSocket from 'ws';
import type { Channel, Input, Output } from '../../../shared/contract.js';
import type { ErrorPayload } from '../../../shared/errors.js';
import type { RunningHost } from './host.js';

/** The contract over the host's socket, from the test process: to set up accounts and read state. */
export interface HostClient {
  invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>>;
  close(): void;
}

export class HostCallError extends Error {
  constructor(readonly payload: ErrorPayload) {
    super(`${payload.code}: ${payload.message}`);
  }
}

export async function connectClient(host: RunningHost): Promise<HostClient> {
  const ws = new WebSocket(`${host.origin.replace('http', 'ws')}/ws?token=${host.token}`, { headers: { origin: host.origin } });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  const pending = new Map<number, (result: { ok: boolean; value?: unknown; error?: ErrorPayload }) => void>();
  ws.on('message', (data: Buffer) => {
    const message = JSON.parse(data.toString()) as {
      type: string;
      id: number;
      result: { ok: boolean; value?: unknown; error?: ErrorPayload };
    };
    if (message.type === 'reply') pending.get(message.id)?.(message.result);
  });
  let nextId = 1;
  return {
    invoke(channel, input) {
      const id = nextId++;
      ws.send(JSON.stringify({ type: 'invoke', id, channel, input }));
      return new Promise((resolve, reject) => {
        pending.set(id, (result) => {
          pending.delete(id);
          if (result.ok) resolve(result.value as Output<typeof channel>);
          else reject(new HostCallError(result.error!));
        });
      });
    },
    close: () => ws.close(),
  };
}
