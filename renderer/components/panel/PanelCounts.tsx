import { useApp } from '../../store/hooks.js';
import type { Route } from '../../store/uiStore.js';
import { navigate } from '../navigate.js';

/**
 * News, conflicts and outbox, each opening the main window on its view. In
 * the web host that is this tab; in Electron the window manager sees the
 * panel leave #/panel and shows the main window there instead.
 */
export function PanelCounts() {
  const counts = useApp('nav', (s) => s.counts);
  const items: { route: Route; label: string; count: number | null; alert: boolean }[] = [
    { route: 'news', label: 'News', count: counts?.news ?? null, alert: false },
    { route: 'conflicts', label: 'Conflicts', count: counts?.conflicts ?? null, alert: (counts?.conflicts ?? 0) > 0 },
    {
      route: 'outbox',
      label: 'Outbox',
      count: counts ? counts.outbox.queued + counts.outbox.failed : null,
      alert: (counts?.outbox.failed ?? 0) > 0,
    },
  ];
  return (
    <nav className="panel-counts" aria-label="Open in Worktray">
      {items.map((item) => (
        <button
          key={item.route}
          type="button"
          className={`panel-count${item.alert ? ' alert' : ''}`}
          data-testid={`panel-${item.route}`}
          onClick={() => navigate(item.route)}
        >
          <span className="number">{item.count ?? '–'}</span>
          <span className="label">{item.label}</span>
        </button>
      ))}
    </nav>
  );
}
