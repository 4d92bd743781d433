import { HOST_LOST_LINE, connectionLine } from '../logic/connectionLine.js';
import { summarizeSync } from '../logic/syncSummary.js';
import { useApp, useStores } from '../store/hooks.js';
import { navigate } from './navigate.js';

/**
 * One connection line for the whole app: the host itself gone, every service
 * offline, or the few that are unreachable named; each service's own reason
 * only on demand. Failed outbox changes get their own line, since they need a hand.
 */
export function Banners() {
  const stores = useStores();
  const connection = useApp('ui', (s) => s.connection);
  const accounts = useApp('accounts', (s) => s.accounts);
  const sync = useApp('accounts', (s) => s.sync);
  const failed = useApp('outbox', (s) => s.entries.filter((e) => e.state === 'failed').length);
  const { offline } = summarizeSync(accounts, sync);
  const line = connectionLine(offline, accounts.filter((a) => sync[a.id]).length);
  return (
    <div className="banners" aria-live="polite">
      {connection !== 'open' ? (
        <div className="banner danger" role="alert" data-testid="host-lost">
          {HOST_LOST_LINE}
        </div>
      ) : (
        line.kind !== 'online' && (
          <div className="banner" role="status" data-testid="connection-line" data-kind={line.kind}>
            <strong>{line.text}</strong>
            <button type="button" className="link" onClick={() => void stores.accounts.getState().syncNow()}>
              Try again
            </button>
            <details className="banner-details">
              <summary>Details</summary>
              <ul>
                {line.reasons.map((r) => (
                  <li key={r.provider}>
                    <strong>{r.accounts.join(', ')}</strong>: {r.words}
                  </li>
                ))}
              </ul>
            </details>
          </div>
        )
      )}
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
