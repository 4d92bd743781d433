import { Banners } from '../components/Banners.js';
import { ConnectionGate } from '../components/ConnectionGate.js';
import { navigate } from '../components/navigate.js';
import { PanelCounts } from '../components/panel/PanelCounts.js';
import { PanelQuickAdd } from '../components/panel/PanelQuickAdd.js';
import { PanelToday } from '../components/panel/PanelToday.js';
import { ago, summarizeSync } from '../logic/syncSummary.js';
import { useApp, useStores } from '../store/hooks.js';

/** The tray panel (#/panel): add a task, see today, jump to what needs a look, sync. */
export function PanelView() {
  const stores = useStores();
  const accounts = useApp('accounts', (s) => s.accounts);
  const sync = useApp('accounts', (s) => s.sync);
  const connected = useApp('ui', (s) => s.connection === 'open');
  const summary = summarizeSync(accounts, sync);
  return (
    <div className="panel" data-testid="panel">
      <header className="panel-head">
        {/* The panel is a window of its own: its name is its one h1. */}
        <h1 className="brand">
          <span className="brand-mark" aria-hidden="true" /> Worktray
        </h1>
        <span className="spacer" />
        <button type="button" className="link" onClick={() => navigate('tasks')}>
          Open Worktray
        </button>
      </header>
      <Banners />
      <ConnectionGate>
        <PanelQuickAdd />
        <PanelCounts />
        <PanelToday />
      </ConnectionGate>
      <footer className="panel-foot">
        <span className="muted" role="status" data-testid="panel-synced">
          {summary.syncing ? 'Syncing…' : `Last synced ${ago(summary.lastSyncedAt, new Date())}`}
        </span>
        <span className="spacer" />
        <button
          type="button"
          onClick={() => void stores.accounts.getState().syncNow()}
          disabled={summary.syncing || !connected}
          data-testid="panel-sync"
        >
          Sync now
        </button>
      </footer>
    </div>
  );
}
