import type { Api } from '../../shared/contract.js';
import type { ErrorPayload } from '../../shared/errors.js';

/**
 * What became of one queued change, as far as this window can tell:
 * on its way (in the outbox, no failed attempt yet), waiting (the service could
 * not be reached; it stays queued), failed (refused; the outbox keeps it for
 * the user), sent (the service has it), or gone (discarded from the outbox).
 */
export type QueuedFate = { state: 'sending' | 'sent' | 'gone' } | { state: 'waiting' | 'failed'; error: ErrorPayload | null };

/**
 * Follows the outbox entry of `key` through the core's events until it leaves
 * the outbox, telling `onFate` each change. Returns a function that stops following.
 */
export function followQueued(api: Api, key: string, onFate: (fate: QueuedFate) => void): () => void {
  let stopped = false;
  let checking = false;
  let again = false;
  const stop = () => {
    stopped = true;
    offOutbox();
    offTasks();
  };
  const check = async (): Promise<void> => {
    if (checking) {
      again = true;
      return;
    }
    checking = true;
    const entries = await api.invoke('outbox:list', {});
    checking = false;
    if (stopped || !entries.ok) return;
    const entry = entries.value.find((e) => e.key === key);
    if (entry) {
      if (entry.state === 'failed') onFate({ state: 'failed', error: entry.error });
      else onFate(entry.error ? { state: 'waiting', error: entry.error } : { state: 'sending' });
    } else {
      const task = await api.invoke('tasks:get', { key });
      if (stopped) return;
      onFate({ state: task.ok && !task.value.pending ? 'sent' : 'gone' });
      stop();
      return;
    }
    if (again) {
      again = false;
      await check();
    }
  };
  const offOutbox = api.on('outbox:changed', () => void check());
  const offTasks = api.on('tasks:changed', () => void check());
  void check();
  return stop;
}
