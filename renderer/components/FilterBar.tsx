import { useState, type RefObject } from 'react';
import { PROVIDER_IDS, PROVIDER_NAMES, type ProviderId } from '../../shared/model.js';
import type { DueFilter, SortKey, StatusFilter, TaskFilters } from '../logic/taskFilters.js';
import { useApp, useStores } from '../store/hooks.js';

const STATUS: [StatusFilter, string][] = [
  ['not-done', 'Not done'],
  ['open', 'Open'],
  ['doing', 'In progress'],
  ['done', 'Done'],
  ['all', 'Any status'],
];
const DUE: [DueFilter, string][] = [
  ['any', 'Any time'],
  ['today', 'Due by today'],
  ['week', 'Due within 7 days'],
  ['month', 'Due within 30 days'],
];
const SORT: [SortKey | '', string][] = [
  ['', 'Default order'],
  ['updated', 'Recently changed'],
  ['due', 'Due date'],
  ['title', 'Title'],
  ['status', 'Status'],
  ['provider', 'Provider'],
  ['priority', 'Priority'],
];

/** Search, filters and sort for the task list; typing in search is debounced by the store. */
export function FilterBar({ searchRef }: { searchRef: RefObject<HTMLInputElement | null> }) {
  const stores = useStores();
  const filters = useApp('tasks', (s) => s.filters);
  const accounts = useApp('accounts', (s) => s.accounts);
  const projects = useApp('nav', (s) => s.projects);
  const set = (patch: Partial<TaskFilters>) => stores.tasks.getState().setFilters({ ...filters, ...patch });
  const [expanded, setExpanded] = useState(false);
  const ownProjects = projects.filter((p) => p.accountId === filters.accountId);
  const active = [
    filters.provider,
    filters.accountId,
    filters.projectRemoteId,
    filters.status !== 'not-done',
    filters.assignee.trim(),
    filters.due !== 'any',
  ].filter(Boolean).length;
  return (
    <div className={`filterbar${expanded ? ' expanded' : ''}`} role="search">
      <label className="search">
        Search (press /)
        <input
          ref={searchRef}
          type="search"
          value={filters.search}
          placeholder="Search titles and details"
          onChange={(e) => stores.tasks.getState().setSearch(e.target.value)}
          data-testid="search"
        />
      </label>
      {/* Only shown in a narrow window, where the fields fold away behind it. */}
      <button
        type="button"
        className="filters-toggle"
        aria-expanded={expanded}
        aria-controls="filter-fields"
        data-testid="filters-toggle"
        onClick={() => setExpanded(!expanded)}
      >
        Filters{active > 0 ? ` (${active})` : ''}
      </button>
      <div className="filter-fields" id="filter-fields">
        <label>
          Provider
          <select
            value={filters.provider ?? ''}
            onChange={(e) => set({ provider: (e.target.value || null) as ProviderId | null })}
            data-testid="filter-provider"
          >
            <option value="">All providers</option>
            {PROVIDER_IDS.map((id) => (
              <option key={id} value={id}>
                {PROVIDER_NAMES[id]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Account
          <select
            value={filters.accountId ?? ''}
            onChange={(e) => set({ accountId: e.target.value || null, projectRemoteId: null })}
            data-testid="filter-account"
          >
            <option value="">All accounts</option>
            {accounts.map((a) => (
              <option key={a.id} value={a.id}>
                {a.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Project
          <select
            value={filters.projectRemoteId ?? ''}
            disabled={!filters.accountId}
            title={filters.accountId ? undefined : 'Choose an account first'}
            onChange={(e) => set({ projectRemoteId: e.target.value || null })}
            data-testid="filter-project"
          >
            <option value="">All projects</option>
            {ownProjects.map((p) => (
              <option key={p.key} value={p.remoteId}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Status
          <select
            value={filters.status}
            onChange={(e) => set({ status: e.target.value as StatusFilter })}
            data-testid="filter-status"
          >
            {STATUS.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Assignee
          <input
            value={filters.assignee}
            size={12}
            placeholder="Anyone"
            onChange={(e) => set({ assignee: e.target.value })}
            data-testid="filter-assignee"
          />
        </label>
        <label>
          Due
          <select value={filters.due} onChange={(e) => set({ due: e.target.value as DueFilter })} data-testid="filter-due">
            {DUE.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
      </div>
    </div>
  );
}

/** The sort order, shown next to the list's count. */
export function SortPicker() {
  const stores = useStores();
  const filters = useApp('tasks', (s) => s.filters);
  return (
    <select
      aria-label="Sort"
      value={filters.sort ?? ''}
      data-testid="sort"
      onChange={(e) => stores.tasks.getState().setFilters({ ...filters, sort: (e.target.value || null) as SortKey | null })}
    >
      {SORT.map(([value, label]) => (
        <option key={value} value={value}>
          {label}
        </option>
      ))}
    </select>
  );
}
