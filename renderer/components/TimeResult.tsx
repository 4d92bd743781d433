import { PROVIDER_NAMES, parseKey } from '../../shared/model.js';
import { describeError } from '../api/result.js';
import { useApp } from '../store/hooks.js';

/** What became of the last booking, change or deletion, in words that claim only what happened. */
export function TimeResult() {
  const error = useApp('time', (s) => s.error);
  const result = useApp('time', (s) => s.lastResult);
  if (error) {
    return (
      <p className="error" role="alert" data-testid="time-error">
        {describeError(error)}
        {result?.state === 'failed' && ' It is kept in the outbox to fix or discard.'}
      </p>
    );
  }
  if (!result) return null;
  const provider = parseKey(result.key)?.provider;
  const name = provider ? PROVIDER_NAMES[provider] : 'the service';
  return (
    <p className="notice" role="status" data-testid="time-result">
      {result.state === 'sent' ? `Done: ${name} has it.` : `Saved here; it will reach ${name} when it is reachable.`}
    </p>
  );
}
