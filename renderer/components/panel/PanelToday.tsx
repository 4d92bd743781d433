import { useMemo } from 'react';
import { describeDue, isoDate } from '../../logic/dates.js';
import { useApp } from '../../store/hooks.js';
import { useToday } from './useToday.js';

/** "Today": open tasks due today or earlier in every account, with where each lives. */
export function PanelToday() {
  const { tasks, total, loaded } = useToday();
  const accounts = useApp('accounts', (s) => s.accounts);
  const projects = useApp('nav', (s) => s.projects);
  const labels = useMemo(() => new Map(accounts.map((a) => [a.id, a.label])), [accounts]);
  const projectNames = useMemo(() => new Map(projects.map((p) => [`${p.accountId}:${p.remoteId}`, p.name])), [projects]);
  const now = new Date();
  const today = isoDate(now);
  return (
    <section className="panel-today" aria-labelledby="panel-today-title">
      <h2 id="panel-today-title">
        Today <span className="muted">{loaded ? `· ${total} due or overdue` : ''}</span>
      </h2>
      {loaded && tasks.length === 0 && <p className="empty">Nothing due today. Enjoy.</p>}
      <ul className="panel-tasks" data-testid="panel-today">
        {tasks.map((task) => {
          const overdue = task.dueDate !== null && task.dueDate < today;
          return (
            <li key={task.key} className="panel-task" data-testid="panel-task">
              <span className={`provider-dot provider-${task.provider}`} aria-hidden="true" />
              <span className="panel-task-text">
                <span className="title">{task.title}</span>
                <span className="meta">
                  {labels.get(task.accountId) ?? 'Account'} ·{' '}
                  {projectNames.get(`${task.accountId}:${task.projectRemoteId}`) ?? 'Project'}
                </span>
              </span>
              {task.dueDate && <span className={`due${overdue ? ' overdue' : ''}`}>{describeDue(task.dueDate, now)}</span>}
              {task.pending && <span className="pill pending">Pending</span>}
            </li>
          );
        })}
      </ul>
      {total > tasks.length && <p className="muted">…and {total - tasks.length} more in the main window.</p>}
    </section>
  );
}
