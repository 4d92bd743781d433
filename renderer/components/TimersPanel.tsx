import { useApp, useStores } from '../store/hooks.js';

/** Timers running right now (Worksection), each with a stop button. */
export function TimersPanel() {
  const stores = useStores();
  const timers = useApp('time', (s) => s.timers);
  const accounts = useApp('accounts', (s) => s.accounts);
  if (timers.length === 0) return <p className="muted">No timers running.</p>;
  return (
    <ul className="news-list" aria-label="Running timers">
      {timers.map((timer) => (
        <li key={timer.key} data-testid="timer">
          <span className="pill doing">Running</span> <strong>{timer.title}</strong>{' '}
          <span className="muted">
            {timer.userName ?? ''} · {accounts.find((a) => a.id === timer.accountId)?.label ?? ''}
            {timer.startedAt
              ? ` · since ${new Date(timer.startedAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}`
              : ''}
          </span>{' '}
          <button type="button" onClick={() => void stores.time.getState().stopTimer(timer.key)}>
            Stop
          </button>
        </li>
      ))}
    </ul>
  );
}
