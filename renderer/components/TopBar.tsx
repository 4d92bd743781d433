import { useApp, useStores } from '../store/hooks.js';
import { ago, summarizeSync } from '../logic/syncSummary.js';
import { navigate } from './navigate.js';
import { ThemePicker } from './ThemePicker.js';

/** Brand, quick-add, sync now, last synced time and a progress bar while a sync runs. */
export function TopBar() {
  const stores = useStores();
  const accounts = useApp('accounts', (s) => s.accounts);
  const sync = useApp('accounts', (s) => s.sync);
  const summary = summarizeSync(accounts, sync);
  const connected = useApp('ui', (s) => s.connection === 'open');
  const drawerOpen = useApp('ui', (s) => s.drawerOpen);
  const percent = summary.progress === null ? null : Math.round(summary.progress * 100);
  return (
    <header className="topbar">
      <button
        type="button"
        className="menu-button"
        aria-label="Lists and accounts"
        aria-expanded={drawerOpen}
        aria-controls="sidebar"
        data-testid="menu-button"
        onClick={() => stores.ui.getState().setDrawer(!drawerOpen)}
      >
        <span aria-hidden="true">☰</span>
      </button>
      <span className="brand">
        <span className="brand-mark" aria-hidden="true" /> <span className="brand-name">Worktray</span>
      </span>
      <button type="button" className="primary" onClick={() => navigate('quick-add')} disabled={!connected}>
        + Quick add
      </button>
      <span className="spacer" />
      {summary.syncing ? (
        <span className="row sync-state" role="status">
          Syncing{summary.phase ? ` ${summary.phase}` : ''}…
          {percent !== null && (
            <span
              className="progress"
              role="progressbar"
              aria-label="Sync progress"
              aria-valuenow={percent}
              aria-valuemin={0}
              aria-valuemax={100}
            >
              <div style={{ width: `${percent}%` }} />
            </span>
          )}
        </span>
      ) : (
        <span className="sync-state" data-testid="last-synced">
          Last synced {ago(summary.lastSyncedAt, new Date())}
        </span>
      )}
      <button type="button" onClick={() => void stores.accounts.getState().syncNow()} disabled={summary.syncing || !connected}>
        Sync now
      </button>
      <span className="topbar-theme">
        <ThemePicker />
      </span>
    </header>
  );
}
