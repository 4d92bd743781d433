import { PROVIDER_NAMES } from '../../shared/model.js';
import { describeError } from '../api/result.js';
import { navigate } from '../components/navigate.js';
import { VaultPassphrase } from '../components/VaultPassphrase.js';
import { ago } from '../logic/syncSummary.js';
import { useApp, useStores } from '../store/hooks.js';
import type { TestState } from '../store/accountsStore.js';
import { ErrorMessage } from '../components/ErrorMessage.js';

function TestResult({ test }: { test: TestState | undefined }) {
  if (!test) return null;
  if (test.state === 'running') return <span role="status">Testing…</span>;
  if (test.state === 'ok')
    return (
      <span className="notice" role="status">
        Connected{test.userName ? ` as ${test.userName}` : ''}.
      </span>
    );
  return (
    <span className="error" role="alert">
      {describeError(test.error)}
    </span>
  );
}

/** Every account with its sync status; test, sync, remove, or add another. */
export function AccountsView() {
  const stores = useStores();
  const accounts = useApp('accounts', (s) => s.accounts);
  const sync = useApp('accounts', (s) => s.sync);
  const tests = useApp('accounts', (s) => s.tests);
  const error = useApp('accounts', (s) => s.error);
  const remove = (id: string, label: string) => {
    if (window.confirm(`Remove ${label}? Its cached tasks and queued changes are deleted from this computer.`)) {
      void stores.accounts.getState().remove(id);
    }
  };
  return (
    <section className="page" aria-label="Accounts">
      <div className="page-header">
        <h1>Accounts</h1>
        <span className="spacer" />
        <button type="button" className="primary" onClick={() => navigate('add-account')}>
          Add an account
        </button>
      </div>
      {error && <ErrorMessage error={error} alert />}
      <table>
        <thead>
          <tr>
            <th>Account</th>
            <th>Service</th>
            <th>Signed in as</th>
            <th>Status</th>
            <th>Actions</th>
          </tr>
        </thead>
        <tbody>
          {accounts.map((account) => {
            const status = sync[account.id];
            return (
              <tr key={account.id} data-testid={`account-row-${account.id}`}>
                <td>
                  <strong>{account.label}</strong>
                  <br />
                  <span className="muted">{account.baseUrl}</span>
                </td>
                <td>
                  <span className={`provider-dot provider-${account.provider}`} aria-hidden="true" />{' '}
                  {PROVIDER_NAMES[account.provider]}
                </td>
                <td>{account.userName ?? '—'}</td>
                <td>
                  {!status
                    ? '—'
                    : status.syncing
                      ? 'Syncing…'
                      : status.online
                        ? `Online · synced ${ago(status.lastSyncedAt, new Date())}`
                        : 'Offline'}
                  {status?.error && <div className="muted">{describeError(status.error)}</div>}
                  <div>
                    <TestResult test={tests[account.id]} />
                  </div>
                </td>
                <td>
                  <div className="row">
                    <button type="button" onClick={() => void stores.accounts.getState().test(account.id)}>
                      Test
                    </button>
                    <button type="button" onClick={() => void stores.accounts.getState().syncNow(account.id)}>
                      Sync
                    </button>
                    <button type="button" className="danger" onClick={() => remove(account.id, account.label)}>
                      Remove
                    </button>
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <VaultPassphrase />
    </section>
  );
}
