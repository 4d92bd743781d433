import { MergeDialog } from '../components/MergeDialog.js';
import { KIND_LABELS } from '../logic/merge.js';
import { useApp, useStores } from '../store/hooks.js';
import { ErrorMessage } from '../components/ErrorMessage.js';

/** Open conflicts with a button to settle each, settled ones with undo. */
export function ConflictsView() {
  const stores = useStores();
  const conflicts = useApp('conflicts', (s) => s.conflicts);
  const openId = useApp('conflicts', (s) => s.openId);
  const lastSettledId = useApp('conflicts', (s) => s.lastSettledId);
  const error = useApp('conflicts', (s) => s.error);
  const accounts = useApp('accounts', (s) => s.accounts);
  const label = (id: string) => accounts.find((a) => a.id === id)?.label ?? id;
  const open = conflicts.filter((c) => !c.resolvedAt);
  const settled = conflicts.filter((c) => c.resolvedAt);
  const dialog = conflicts.find((c) => c.id === openId);
  const undo = (id: string) => void stores.conflicts.getState().undo(id);
  return (
    <section className="page" aria-label="Conflicts">
      <div className="page-header">
        <h1>Conflicts</h1>
        <span className="badge alert">{open.length} open</span>
      </div>
      {lastSettledId && (
        <p className="notice row" role="status">
          Settled.{' '}
          <button type="button" className="link" onClick={() => undo(lastSettledId)} data-testid="undo-last">
            Undo
          </button>
        </p>
      )}
      {error && !dialog && <ErrorMessage error={error} alert />}
      {open.length === 0 ? (
        <p className="empty">No conflicts. When the same task changes here and on the server, it shows up here.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th>Task</th>
              <th>What happened</th>
              <th>Account</th>
              <th>Found</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {open.map((c) => (
              <tr key={c.id} data-testid="conflict-row">
                <td>{c.title}</td>
                <td>{KIND_LABELS[c.kind]}</td>
                <td>{label(c.accountId)}</td>
                <td>{new Date(c.foundAt).toLocaleString()}</td>
                <td>
                  <button type="button" className="primary" onClick={() => stores.conflicts.getState().openDialog(c.id)}>
                    Settle…
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {settled.length > 0 && (
        <section aria-label="Settled conflicts">
          <h2>Settled</h2>
          <ul className="news-list">
            {settled.map((c) => (
              <li key={c.id}>
                {c.title} <span className="muted">{c.resolvedAt ? new Date(c.resolvedAt).toLocaleString() : ''}</span>
                <button type="button" className="link" onClick={() => undo(c.id)}>
                  Undo
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {dialog && <MergeDialog key={dialog.id} conflict={dialog} />}
    </section>
  );
}
