import { describeOutboxChange, type OutboxNames } from '../../shared/messages/outboxWords.js';
import { ErrorMessage } from '../components/ErrorMessage.js';
import { navigate } from '../components/navigate.js';
import { useApp, useStores } from '../store/hooks.js';

/** Changes waiting for the server, and the ones it refused with its own words; retry, edit or discard. */
export function OutboxView() {
  const stores = useStores();
  const entries = useApp('outbox', (s) => s.entries);
  const error = useApp('outbox', (s) => s.error);
  const accounts = useApp('accounts', (s) => s.accounts);
  const projects = useApp('nav', (s) => s.projects);
  const names: OutboxNames = {
    account: (id) => accounts.find((a) => a.id === id)?.label ?? null,
    project: (accountId, remoteId) => projects.find((p) => p.accountId === accountId && p.remoteId === remoteId)?.name ?? null,
  };
  const edit = (key: string) => {
    void stores.detail.getState().open(key);
    navigate('tasks');
  };
  return (
    <section className="page" aria-label="Outbox">
      <div className="page-header">
        <h1>Outbox</h1>
        <span className="muted">Changes not on the server yet</span>
      </div>
      {error && <ErrorMessage error={error} alert />}
      {entries.length === 0 ? (
        <p className="empty">Everything has been sent.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>Change</th>
              <th>Account</th>
              <th>State</th>
              <th className="num">Attempts</th>
              <th>Actions</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id} data-testid="outbox-row">
                <td data-testid="outbox-change">{describeOutboxChange(entry, names)}</td>
                <td>{names.account(entry.accountId) ?? entry.accountId}</td>
                <td>
                  {entry.state === 'queued' ? (
                    <span className="pill pending">Waiting to send</span>
                  ) : (
                    <span className="pill conflict">Failed</span>
                  )}
                  {entry.error && <ErrorMessage error={entry.error} />}
                </td>
                <td className="num">{entry.attempts}</td>
                <td>
                  <div className="row">
                    <button type="button" onClick={() => void stores.outbox.getState().retry(entry.id)}>
                      Retry
                    </button>
                    <button type="button" onClick={() => edit(entry.key)}>
                      Edit
                    </button>
                    <button type="button" className="danger" onClick={() => void stores.outbox.getState().discard(entry.id)}>
                      Discard
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
