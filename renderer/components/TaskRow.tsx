import { memo, type MouseEvent } from 'react';
import type { Task } from '../../shared/model.js';
import { describeDue, isoDate } from '../logic/dates.js';
import { serviceStatusName } from '../logic/statusName.js';
import { highlight, matchSnippet } from '../logic/highlight.js';
import { Marked } from './Marked.js';
import { PersonNames } from './people/PersonNames.js';
import { PriorityMarker } from './PriorityMarker.js';
import '../styles/editor.css';

/** How a row was clicked: alone, to extend the selection (Shift), or to add or take away one row (Ctrl/⌘). */
export type RowClick = 'only' | 'extend' | 'toggle';

interface TaskRowProps {
  task: Task | undefined;
  index: number;
  selected: boolean;
  /** The row under the keyboard cursor. */
  active: boolean;
  accountLabel: string;
  projectName: string;
  /** A heading over this row: it starts a group. */
  group: string | null;
  search: string;
  /** Nesting depth (subtasks under their parent) and whether the row has subtasks, shown or hidden. */
  depth: number;
  expanded: boolean | null;
  /** Where the virtual list puts the row, and its height with any heading. */
  top: number;
  height: number;
  onClick: (index: number, how: RowClick) => void;
  onOpen: (index: number) => void;
  onToggle: (task: Task) => void;
  onExpand: (task: Task) => void;
}

const clickKind = (e: MouseEvent): RowClick => (e.shiftKey ? 'extend' : e.ctrlKey || e.metaKey ? 'toggle' : 'only');

/**
 * One option of the task listbox. It holds no focusable control (the
 * listbox pattern forbids them): the check mark and the subtask arrow answer
 * the mouse, and the keyboard has x and the arrow keys for the same things.
 * State is said in words, not only in colour. Memoised: a scroll step renders
 * only the rows it brings in, so the list's callbacks must stay the same.
 */
export const TaskRow = memo(function TaskRow(props: TaskRowProps) {
  const { task, index, selected, active, group, depth, expanded } = props;
  const style = { height: props.height, transform: `translateY(${props.top}px)` };
  const heading = group && (
    <div className="group-heading" id={`group-${index}`} aria-hidden="true">
      {group}
    </div>
  );
  const classes = ['task-row', selected ? 'selected' : '', active ? 'active' : '', group ? 'has-heading' : ''];
  if (!task) {
    return (
      <div className={`${classes.join(' ')} muted`} style={style} role="option" aria-selected={selected} id={`task-${index}`}>
        {heading}
        <div className="row-body">Loading…</div>
      </div>
    );
  }
  const today = new Date();
  const isDone = task.status === 'done';
  const overdue = task.dueDate !== null && task.dueDate < isoDate(today) && !isDone;
  const snippet = props.search ? matchSnippet(task.details, props.search) : null;
  // A service's own name for the state (WebWork's "Completed" apart from "Done", a workspace's "In Review").
  const named = serviceStatusName(task);
  return (
    <div
      className={[...classes, isDone ? 'done' : ''].join(' ')}
      style={style}
      role="option"
      aria-selected={selected}
      aria-describedby={group ? `group-${index}` : undefined}
      id={`task-${index}`}
      data-testid="task-row"
      data-key={task.key}
      onClick={(e) => props.onClick(index, clickKind(e))}
      onDoubleClick={() => props.onOpen(index)}
    >
      {heading}
      <div className="row-body" style={depth > 0 ? { paddingLeft: `${0.75 + depth * 1.25}rem` } : undefined}>
        <span
          className={`twisty${expanded === null ? ' none' : ''}`}
          aria-hidden="true"
          onClick={(e) => {
            e.stopPropagation();
            if (expanded !== null) props.onExpand(task);
          }}
        >
          {expanded === null ? '' : expanded ? '▾' : '▸'}
        </span>
        <span
          className={`check${isDone ? ' done' : ''}`}
          aria-hidden="true"
          title={isDone ? 'Reopen (x)' : 'Complete (x)'}
          data-testid="row-check"
          onClick={(e) => {
            e.stopPropagation();
            props.onToggle(task);
          }}
        />
        <span className={`provider-dot provider-${task.provider}`} aria-hidden="true" />
        <span className="title">
          <Marked text={task.title} segments={highlight(task.title, props.search)} />
        </span>
        {isDone && <span className="pill done-pill">{named ?? 'Done'}</span>}
        {expanded !== null && <span className="visually-hidden">, has subtasks{expanded ? ', shown' : ', hidden'}</span>}
        {snippet && (
          <span className="snippet" data-testid="row-snippet">
            <Marked text={snippet} segments={highlight(snippet, props.search)} />
          </span>
        )}
        {task.status === 'doing' && <span className="pill doing">{named ?? 'In progress'}</span>}
        {task.pending && (
          <span className="pill pending" title="Waiting to reach the server">
            Pending
          </span>
        )}
        {task.conflict && <span className="pill conflict">Conflict</span>}
        <PriorityMarker provider={task.provider} value={task.priority} />
        {/* Always there, even empty: the narrow layout hides the first .meta (the people). */}
        <span className="meta">
          <PersonNames accountId={task.accountId} refs={task.assignees} />
        </span>
        <span className="meta">
          {props.accountLabel} · {props.projectName}
        </span>
        {task.dueDate && (
          <span className={`meta due${overdue ? ' overdue' : ''}`}>
            {overdue ? 'Overdue · ' : ''}
            {describeDue(task.dueDate, today)}
          </span>
        )}
      </div>
    </div>
  );
});
