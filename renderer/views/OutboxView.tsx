import { describeError } from '../api/result.js';
import { navigate } from '../components/navigate.js';
import { useApp, useStores } from '../store/hooks.js';

const OPS: Record<string, string> = { create: 'Add', update: 'Edit', delete: 'Delete', comment: 'Comment', resolve: 'Merge' };

/** Changes waiting for the server, and the ones it refused with its own words; retry, edit or discard. */
export function OutboxView() {
  const stores = useStores();
  const entries = useApp('outbox', (s) => s.entries);
  const error = useApp('outbox', (s) => s.error);
  const accounts = useApp('accounts', (s) => s.accounts);
  const label = (id: string) => accounts.find((a) => a.id === id)?.label ?? id;
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
      {error && (
        <p className="error" role="alert">
          {describeError(error)}
        </p>
      )}
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
                <td>
                  <strong>{OPS[entry.op] ?? entry.op}</strong> {entry.title}
                </td>
                <td>{label(entry.accountId)}</td>
                <td>
                  {entry.state === 'queued' ? (
                    <span className="pill pending">Waiting to send</span>
                  ) : (
                    <span className="pill conflict">Failed</span>
                  )}
                  {entry.error && <div className="error">{describeError(entry.error)}</div>}
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
