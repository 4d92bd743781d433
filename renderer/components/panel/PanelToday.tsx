import { useMemo } from 'react';
import type { Task } from '../../../shared/model.js';
import { describeDue } from '../../logic/dates.js';
import { UNKNOWN_PROJECT } from '../../logic/people.js';
import { useApp } from '../../store/hooks.js';
import { useToday, type TodayGroup } from './useToday.js';

function PanelTask({ task, where, overdue, now }: { task: Task; where: string; overdue: boolean; now: Date }) {
  return (
    <li className="panel-task" data-testid="panel-task">
      <span className={`provider-dot provider-${task.provider}`} aria-hidden="true" />
      <span className="panel-task-text">
        <span className="title">{task.title}</span>
        <span className="meta">{where}</span>
      </span>
      {task.pending && <span className="pill pending">Pending</span>}
      {overdue && task.dueDate && <span className="due overdue">{describeDue(task.dueDate, now)}</span>}
    </li>
  );
}

/** "Today": open tasks due today, then the overdue ones, from every account, with where each lives. */
export function PanelToday() {
  const { dueToday, overdue, loaded } = useToday();
  const accounts = useApp('accounts', (s) => s.accounts);
  const projects = useApp('nav', (s) => s.projects);
  const labels = useMemo(() => new Map(accounts.map((a) => [a.id, a.label])), [accounts]);
  const projectNames = useMemo(() => new Map(projects.map((p) => [`${p.accountId}:${p.remoteId}`, p.name])), [projects]);
  const now = new Date();
  const where = (task: Task) =>
    `${labels.get(task.accountId) ?? 'Removed account'} · ${projectNames.get(`${task.accountId}:${task.projectRemoteId}`) ?? UNKNOWN_PROJECT}`;
  const group = (name: string, testId: string, list: TodayGroup, late: boolean) => (
    <>
      <h3 className="panel-group" data-testid={`${testId}-heading`}>
        {name} <span className="muted">· {list.total}</span>
      </h3>
      <ul className="panel-tasks" data-testid={testId}>
        {list.tasks.map((task) => (
          <PanelTask key={task.key} task={task} where={where(task)} overdue={late} now={now} />
        ))}
        {list.total > list.tasks.length && (
          <li className="muted panel-more">…and {list.total - list.tasks.length} more in the main window</li>
        )}
      </ul>
    </>
  );
  return (
    <section className="panel-today" aria-labelledby="panel-today-title">
      <h2 id="panel-today-title">Today</h2>
      {loaded && dueToday.total + overdue.total === 0 && <p className="empty">Nothing due today.</p>}
      {/* It scrolls, and its rows hold nothing focusable: it takes focus itself so the keyboard can scroll it. */}
      <div className="panel-scroll" tabIndex={0} role="region" aria-label="Tasks due today and overdue">
        {loaded && dueToday.total > 0 && group('Due today', 'panel-due-today', dueToday, false)}
        {loaded && overdue.total > 0 && group('Overdue', 'panel-overdue', overdue, true)}
      </div>
    </section>
  );
}
