import type { Api } from '../../shared/contract.js';

export type ConnectionState = 'connecting' | 'open' | 'closed';

/** The facade plus what only a remote transport has: a connection that can drop and come back. */
export interface AppApi extends Api {
  /** Tells the listener whenever the transport connects or drops; returns an unsubscribe. */
  onConnection(listener: (state: ConnectionState) => void): () => void;
  connection(): ConnectionState;
  close(): void;
}
