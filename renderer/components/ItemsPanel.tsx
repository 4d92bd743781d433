import { useApp } from '../store/hooks.js';
import { NotesPanel } from './notes/NotesPanel.js';

/** Workity notes of the open task's project, to read, add and edit (its files, with downloads, are in TaskFiles). */
export function ItemsPanel() {
  const task = useApp('detail', (s) => s.task);
  if (!task) return null;
  return (
    <NotesPanel
      key={`${task.accountId}:${task.projectRemoteId}`}
      target={{ accountId: task.accountId, projectRemoteId: task.projectRemoteId }}
      heading="h3"
      title="Notes in this project"
    />
  );
}
