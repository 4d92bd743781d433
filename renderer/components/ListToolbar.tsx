import { GROUP_BY, type GroupBy } from '../../shared/contract.js';
import { GROUP_LABELS } from '../logic/grouping.js';
import { isUnsearchable, listKey } from '../logic/taskFilters.js';
import { useApp, useStores } from '../store/hooks.js';
import { NO_GROUPING, NO_SAVED_SEARCHES } from '../store/settingsStore.js';
import { SortPicker } from './FilterBar.js';

/** Group-by (remembered per list in settings), sort, and "save this search". */
export function ListToolbar() {
  const stores = useStores();
  const filters = useApp('tasks', (s) => s.filters);
  const saved = useApp('settings', (s) => s.settings?.savedSearches ?? NO_SAVED_SEARCHES);
  const remembered = useApp('settings', (s) => s.settings?.groupBy ?? NO_GROUPING);
  const setGroup = (groupBy: GroupBy) => {
    stores.tasks.getState().setFilters({ ...filters, groupBy });
    void stores.settings.getState().update({ groupBy: { ...remembered, [listKey(filters)]: groupBy } });
  };
  const search = filters.search.trim();
  const canSave = search !== '' && !isUnsearchable(filters) && !saved.some((s) => s.search === search);
  return (
    <>
      <label className="row">
        Group
        <select value={filters.groupBy} onChange={(e) => setGroup(e.target.value as GroupBy)} data-testid="group-by">
          {GROUP_BY.map((g) => (
            <option key={g} value={g}>
              {GROUP_LABELS[g]}
            </option>
          ))}
        </select>
      </label>
      {filters.groupBy === 'none' && <SortPicker />}
      {canSave && (
        <button
          type="button"
          className="link"
          onClick={() => void stores.settings.getState().update({ savedSearches: [...saved, { name: search, search }] })}
          data-testid="save-search"
        >
          Save this search
        </button>
      )}
    </>
  );
}
