import { useState } from 'react';
import type { Project } from '../../shared/model.js';
import { NotesPanel } from '../components/notes/NotesPanel.js';
import { useApp } from '../store/hooks.js';

const projectId = (p: Pick<Project, 'accountId' | 'remoteId'>) => `${p.accountId}:${p.remoteId}`;

/**
 * Workity notes, one project at a time. It opens on the project the task list shows when that one
 * keeps notes (pick a project in the sidebar, then Notes), else on the first that does.
 */
export function NotesView() {
  const accounts = useApp('accounts', (s) => s.accounts);
  const capabilities = useApp('accounts', (s) => s.capabilities);
  const allProjects = useApp('nav', (s) => s.projects);
  const filters = useApp('tasks', (s) => s.filters);
  const withNotes = accounts.filter((a) => capabilities?.[a.provider].notesAndFiles);
  const projects = allProjects.filter((p) => !p.archived && withNotes.some((a) => a.id === p.accountId));
  const listed = projects.find((p) => p.accountId === filters.accountId && p.remoteId === filters.projectRemoteId);
  const [picked, setPicked] = useState<string | null>(null);
  const project = projects.find((p) => projectId(p) === picked) ?? listed ?? projects[0];
  const accountLabel = (id: string) => accounts.find((a) => a.id === id)?.label ?? 'Workity';
  return (
    <section className="page" aria-label="Notes">
      <div className="page-header">
        <h1>Notes</h1>
        {projects.length > 0 && (
          <label>
            Project
            <select
              value={project ? projectId(project) : ''}
              onChange={(e) => setPicked(e.target.value)}
              data-testid="notes-project"
            >
              {projects.map((p) => (
                <option key={p.key} value={projectId(p)}>
                  {withNotes.length > 1 ? `${accountLabel(p.accountId)} · ${p.name}` : p.name}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {project ? (
        <NotesPanel
          key={projectId(project)}
          target={{ accountId: project.accountId, projectRemoteId: project.remoteId }}
          heading="h2"
          title={`Notes in ${project.name}`}
        />
      ) : (
        <p className="empty">Notes are kept by Workity. Add a Workity account to read and write its projects' notes here.</p>
      )}
    </section>
  );
}
