import { selectProject } from '../logic/taskFilters.js';
import { useApp, useStores } from '../store/hooks.js';
import { projectCount } from '../store/navStore.js';
import { NavItem } from './NavItem.js';
import { navigate } from './navigate.js';

/** Accounts, each with its projects and their task counts. */
export function AccountTree() {
  const stores = useStores();
  const accounts = useApp('accounts', (s) => s.accounts);
  const projects = useApp('nav', (s) => s.projects);
  const counts = useApp('nav', (s) => s.counts);
  const filters = useApp('tasks', (s) => s.filters);
  const onTasks = useApp('ui', (s) => s.route === 'tasks');
  const show = (accountId: string, projectRemoteId: string | null) => {
    stores.tasks.getState().setFilters(selectProject(stores.tasks.getState().filters, accountId, projectRemoteId));
    navigate('tasks');
  };
  return (
    <section>
      <h2>Accounts</h2>
      <ul className="nav-list">
        {accounts.map((account) => (
          <li key={account.id}>
            <ul className="nav-list">
              <NavItem
                label={account.label}
                count={counts?.accounts[account.id] ?? null}
                icon={<span className={`provider-dot provider-${account.provider}`} aria-hidden="true" />}
                current={onTasks && filters.accountId === account.id && !filters.projectRemoteId}
                onSelect={() => show(account.id, null)}
                testId={`account-${account.id}`}
              />
              <li className="nav-sub">
                <ul className="nav-list">
                  {projects
                    .filter((p) => p.accountId === account.id && !p.archived)
                    .map((project) => (
                      <NavItem
                        key={project.key}
                        label={project.name}
                        count={projectCount(counts, project)}
                        current={onTasks && filters.accountId === account.id && filters.projectRemoteId === project.remoteId}
                        onSelect={() => show(account.id, project.remoteId)}
                      />
                    ))}
                </ul>
              </li>
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
