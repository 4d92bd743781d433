import { useApp, useStores } from '../store/hooks.js';
import { NO_SAVED_SEARCHES } from '../store/settingsStore.js';
import { navigate } from './navigate.js';

/** Searches saved from the list's toolbar: one click runs it over all tasks; each can be removed. */
export function SavedSearches() {
  const stores = useStores();
  const saved = useApp('settings', (s) => s.settings?.savedSearches ?? NO_SAVED_SEARCHES);
  const route = useApp('ui', (s) => s.route);
  const filters = useApp('tasks', (s) => s.filters);
  if (saved.length === 0) return null;
  const run = (search: string) => {
    stores.tasks.getState().setFilters({ ...stores.tasks.getState().filters, search, accountId: null, projectRemoteId: null });
    navigate('tasks');
  };
  const remove = (search: string) =>
    void stores.settings.getState().update({ savedSearches: saved.filter((s) => s.search !== search) });
  return (
    <section>
      <h2>Saved searches</h2>
      <ul className="nav-list">
        {saved.map((s) => (
          <li key={s.search} className="saved-search row">
            <button
              type="button"
              className="nav-item"
              aria-current={route === 'tasks' && filters.search === s.search}
              onClick={() => run(s.search)}
              data-testid="saved-search"
            >
              <span className="label">{s.name}</span>
            </button>
            <button type="button" className="link" aria-label={`Remove saved search ${s.name}`} onClick={() => remove(s.search)}>
              ×
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
