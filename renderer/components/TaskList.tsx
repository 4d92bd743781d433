import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef } from 'react';
import type { Task } from '../../shared/model.js';
import { useApp, useStores } from '../store/hooks.js';
import { taskAt } from '../store/tasksStore.js';
import { TaskRow } from './TaskRow.js';

const ROW_HEIGHT = 40;

interface TaskListProps {
  onOpen: (index: number) => void;
  onToggle: (task: Task) => void;
}

/** The unified task list: only the rows on screen exist in the DOM, pages come from the server as you scroll. */
export function TaskList({ onOpen, onToggle }: TaskListProps) {
  const stores = useStores();
  const scrollRef = useRef<HTMLDivElement>(null);
  const total = useApp('tasks', (s) => s.total);
  const pages = useApp('tasks', (s) => s.pages);
  const selected = useApp('tasks', (s) => s.selectedIndex);
  const filters = useApp('tasks', (s) => s.filters);
  const accounts = useApp('accounts', (s) => s.accounts);
  const projects = useApp('nav', (s) => s.projects);
  const labels = useMemo(() => new Map(accounts.map((a) => [a.id, a.label])), [accounts]);
  const projectNames = useMemo(() => new Map(projects.map((p) => [`${p.accountId}:${p.remoteId}`, p.name])), [projects]);
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  useEffect(() => stores.tasks.getState().ensureRange(first, last), [stores, first, last, total]);
  // Follow the selection when it moves or the filters start a new list, never when the count grows:
  // a capped count grows as the list is scrolled, and jumping back to the selected row would undo the scroll.
  useEffect(() => {
    if (stores.tasks.getState().total > 0) virtualizer.scrollToIndex(selected, { align: 'auto' });
  }, [stores, virtualizer, selected, filters]);

  return (
    <div
      ref={scrollRef}
      className="task-list"
      role="listbox"
      tabIndex={0}
      aria-label={`Tasks, ${total} in this list`}
      aria-activedescendant={total > 0 ? `task-${selected}` : undefined}
      data-testid="task-list"
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => {
          const task = taskAt({ pages }, item.index);
          return (
            <TaskRow
              key={item.key}
              task={task}
              index={item.index}
              selected={item.index === selected}
              accountLabel={task ? (labels.get(task.accountId) ?? task.accountId) : ''}
              projectName={task ? (projectNames.get(`${task.accountId}:${task.projectRemoteId}`) ?? task.projectRemoteId) : ''}
              style={{ height: item.size, transform: `translateY(${item.start}px)` }}
              onSelect={(i) => stores.tasks.getState().select(i)}
              onOpen={onOpen}
              onToggle={onToggle}
            />
          );
        })}
      </div>
    </div>
  );
}
