import type { CSSProperties } from 'react';
import type { Task } from '../../shared/model.js';
import { describeDue, isoDate } from '../logic/dates.js';

interface TaskRowProps {
  task: Task | undefined;
  index: number;
  selected: boolean;
  accountLabel: string;
  projectName: string;
  style: CSSProperties;
  onSelect: (index: number) => void;
  onOpen: (index: number) => void;
  onToggle: (task: Task) => void;
}

/** One row of the virtual list; a row whose page has not arrived yet shows a placeholder. */
export function TaskRow({ task, index, selected, accountLabel, projectName, style, onSelect, onOpen, onToggle }: TaskRowProps) {
  if (!task) {
    return (
      <div className="task-row muted" style={style} role="option" aria-selected={selected} id={`task-${index}`}>
        Loading…
      </div>
    );
  }
  const today = new Date();
  const overdue = task.dueDate !== null && task.dueDate < isoDate(today) && task.status !== 'done';
  return (
    <div
      className={`task-row${selected ? ' selected' : ''}${task.status === 'done' ? ' done' : ''}`}
      style={style}
      role="option"
      aria-selected={selected}
      id={`task-${index}`}
      data-testid="task-row"
      data-key={task.key}
      onClick={() => onSelect(index)}
      onDoubleClick={() => onOpen(index)}
    >
      <button
        type="button"
        tabIndex={-1}
        className={`check${task.status === 'done' ? ' done' : ''}`}
        aria-label={task.status === 'done' ? `Reopen ${task.title}` : `Complete ${task.title}`}
        onClick={(e) => {
          e.stopPropagation();
          onToggle(task);
        }}
      />
      <span className={`provider-dot provider-${task.provider}`} title={accountLabel} aria-hidden="true" />
      <span className="title">{task.title}</span>
      {task.status === 'doing' && <span className="pill doing">In progress</span>}
      {task.pending && (
        <span className="pill pending" title="Waiting to reach the server">
          Pending
        </span>
      )}
      {task.conflict && <span className="pill conflict">Conflict</span>}
      <span className="meta">{task.assignees.join(', ')}</span>
      <span className="meta">
        {accountLabel} · {projectName}
      </span>
      {task.dueDate && <span className={`meta due${overdue ? ' overdue' : ''}`}>{describeDue(task.dueDate, today)}</span>}
    </div>
  );
}
