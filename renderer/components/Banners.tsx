import { describeError } from '../api/result.js';
import { summarizeSync } from '../logic/syncSummary.js';
import { useApp, useStores } from '../store/hooks.js';
import { navigate } from './navigate.js';

/** One banner per provider that cannot be reached, and one when the host itself is gone. */
export function Banners() {
  const stores = useStores();
  const connection = useApp('ui', (s) => s.connection);
  const accounts = useApp('accounts', (s) => s.accounts);
  const sync = useApp('accounts', (s) => s.sync);
  const failed = useApp('outbox', (s) => s.entries.filter((e) => e.state === 'failed').length);
  const { offline } = summarizeSync(accounts, sync);
  return (
    <div className="banners" aria-live="polite">
      {connection !== 'open' && (
        <div className="banner danger" role="alert">
          Lost the connection to Worktray; reconnecting… Nothing you did is lost.
        </div>
      )}
      {offline.map((entry) => (
        <div key={entry.provider} className="banner" role="status" data-testid={`offline-${entry.provider}`}>
          <strong>{entry.name} can't be reached.</strong>
          <span>
            Showing cached tasks for {entry.accounts.join(', ')}; changes wait in the outbox.
            {entry.error ? ` (${describeError(entry.error)})` : ''}
          </span>
          <button type="button" className="link" onClick={() => void stores.accounts.getState().syncNow()}>
            Try again
          </button>
        </div>
      ))}
      {failed > 0 && (
        <div className="banner danger" role="status">
          {failed} change{failed === 1 ? '' : 's'} could not be sent.
          <button type="button" className="link" onClick={() => navigate('outbox')}>
            Open the outbox
          </button>
        </div>
      )}
    </div>
  );
}
