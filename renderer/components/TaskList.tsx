import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, type RefObject } from 'react';
import type { Task } from '../../shared/model.js';
import { groupOf, startsGroup, type GroupNames } from '../logic/grouping.js';
import { isoDate } from '../logic/dates.js';
import { UNKNOWN_PROJECT } from '../logic/people.js';
import { useApp, useStores } from '../store/hooks.js';
import { taskAt } from '../store/tasksStore.js';
import { TaskRow, type RowClick } from './TaskRow.js';

const ROW_HEIGHT = 40;
const HEADING_HEIGHT = 30;
/** This list has no subtasks to expand. */
const NO_EXPAND = (): void => undefined;

interface TaskListProps {
  listRef: RefObject<HTMLDivElement | null>;
  onOpen: (index: number) => void;
  onToggle: (task: Task) => void;
}

/**
 * The unified task list, a WAI-ARIA listbox: the list holds focus, the
 * active row is its aria-activedescendant, and rows are options with no
 * controls inside. Only the rows on screen exist in the DOM; pages come from
 * the server as you scroll, and group headings sit over the first row of each run.
 */
export function TaskList({ listRef, onOpen, onToggle }: TaskListProps) {
  const stores = useStores();
  const total = useApp('tasks', (s) => s.total);
  const pages = useApp('tasks', (s) => s.pages);
  const cursor = useApp('tasks', (s) => s.selectedIndex);
  const filters = useApp('tasks', (s) => s.filters);
  const picked = useApp('selection', (s) => s.keys);
  const accounts = useApp('accounts', (s) => s.accounts);
  const projects = useApp('nav', (s) => s.projects);
  const names = useMemo((): GroupNames => {
    const labels = new Map(accounts.map((a) => [a.id, a.label]));
    const projectNames = new Map(projects.map((p) => [`${p.accountId}:${p.remoteId}`, p.name]));
    return {
      today: isoDate(new Date()),
      accountLabel: (id) => labels.get(id) ?? 'Removed account',
      projectName: (accountId, remoteId) => projectNames.get(`${accountId}:${remoteId}`) ?? UNKNOWN_PROJECT,
    };
  }, [accounts, projects]);
  const pickedSet = useMemo(() => new Set(picked), [picked]);
  const by = filters.groupBy;
  const headingAt = (index: number): string | null => {
    const task = taskAt({ pages }, index);
    if (!task || !startsGroup(taskAt({ pages }, index - 1), task, by, names, index)) return null;
    return groupOf(task, by, names)?.label ?? null;
  };
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => listRef.current,
    estimateSize: (index) => ROW_HEIGHT + (headingAt(index) ? HEADING_HEIGHT : 0),
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  useEffect(() => stores.tasks.getState().ensureRange(first, last), [stores, first, last, total]);
  // Headings change row heights once their pages arrive.
  useEffect(() => virtualizer.measure(), [virtualizer, pages, by]);
  // Follow the cursor when it moves or the filters start a new list, never when the count grows:
  // a capped count grows as the list is scrolled, and jumping back to the cursor would undo the scroll.
  useEffect(() => {
    if (stores.tasks.getState().total > 0) virtualizer.scrollToIndex(cursor, { align: 'auto' });
  }, [stores, virtualizer, cursor, filters]);

  const onClick = useCallback(
    (index: number, how: RowClick) => {
      const selection = stores.selection.getState();
      if (how === 'extend') selection.extendTo(index);
      else if (how === 'toggle') selection.toggle(index);
      else {
        selection.clear();
        stores.tasks.getState().select(index);
      }
      listRef.current?.focus();
    },
    [stores, listRef],
  );

  return (
    <div
      ref={listRef}
      className="task-list"
      role="listbox"
      aria-multiselectable="true"
      tabIndex={0}
      aria-label={`Tasks, ${total} in this list`}
      aria-activedescendant={total > 0 ? `task-${cursor}` : undefined}
      data-testid="task-list"
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => {
          const task = taskAt({ pages }, item.index);
          const isCursor = item.index === cursor;
          return (
            <TaskRow
              key={item.key}
              task={task}
              index={item.index}
              selected={picked.length === 0 ? isCursor : task !== undefined && pickedSet.has(task.key)}
              active={isCursor}
              accountLabel={task ? names.accountLabel(task.accountId) : ''}
              projectName={task ? names.projectName(task.accountId, task.projectRemoteId) : ''}
              group={headingAt(item.index)}
              search={filters.search}
              depth={0}
              expanded={null}
              top={item.start}
              height={item.size}
              onClick={onClick}
              onOpen={onOpen}
              onToggle={onToggle}
              onExpand={NO_EXPAND}
            />
          );
        })}
      </div>
    </div>
  );
}
