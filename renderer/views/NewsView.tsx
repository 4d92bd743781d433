import { useEffect } from 'react';
import { describeDue, fromIsoDate } from '../logic/dates.js';
import { describeNews, groupNewsByDay } from '../logic/newsGroups.js';
import { useApp, useStores } from '../store/hooks.js';
import { ErrorMessage } from '../components/ErrorMessage.js';

/** Workity's news feed grouped by day; "Mark all read" clears it on the server (ResetNews). */
export function NewsView() {
  const stores = useStores();
  const items = useApp('news', (s) => s.items);
  const loaded = useApp('news', (s) => s.loaded);
  const busy = useApp('news', (s) => s.busy);
  const error = useApp('news', (s) => s.error);
  useEffect(() => void stores.news.getState().load(), [stores]);
  const today = new Date();
  return (
    <section className="page" aria-label="News">
      <div className="page-header">
        <h1>News</h1>
        <span className="badge alert" data-testid="news-unread">
          {items.length} unread
        </span>
        <span className="spacer" />
        <button
          type="button"
          onClick={() => void stores.news.getState().markAllRead()}
          disabled={busy || items.length === 0}
          data-testid="news-reset"
        >
          Mark all read
        </button>
      </div>
      {error && <ErrorMessage error={error} alert />}
      {loaded && items.length === 0 && <p className="empty">No news. Changes others make in Workity show up here.</p>}
      {groupNewsByDay(items).map((group) => (
        <section key={group.day} className="news-day" aria-label={group.day}>
          <h2>{fromIsoDate(group.day) ? describeDue(group.day, today) : 'Undated'}</h2>
          <ul className="news-list">
            {group.items.map((item) => (
              <li key={item.key} data-testid="news-item">
                <span className="news-time muted">
                  {item.modifiedAt
                    ? new Date(item.modifiedAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })
                    : ''}
                </span>
                <span>{describeNews(item)}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
