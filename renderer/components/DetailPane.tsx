import { EDITABLE_FIELDS, PROVIDER_NAMES, type Task } from '../../shared/model.js';
import { UNKNOWN_PROJECT } from '../logic/people.js';
import { useApp, useStores } from '../store/hooks.js';
import { CapabilityNote } from './CapabilityNote.js';
import { CommentsPanel } from './CommentsPanel.js';
import { DeleteTaskButton } from './DeleteTaskButton.js';
import { ItemsPanel } from './ItemsPanel.js';
import { TaskEditor } from './TaskEditor.js';
import { TaskFiles } from './TaskFiles.js';
import { ErrorMessage } from './ErrorMessage.js';

/**
 * What the form shows, so the form starts again whenever any of it changes
 * from outside (an undo, a pull) — WebWork's updated_at moves only once a second.
 */
const formSignature = (task: Task): string => JSON.stringify(EDITABLE_FIELDS.map((field) => task[field]));

/** The open task: its fields, and the provider's extras (Worksection comments, Workity notes and files). */
export function DetailPane() {
  const stores = useStores();
  const task = useApp('detail', (s) => s.task);
  const saving = useApp('detail', (s) => s.saving);
  const error = useApp('detail', (s) => s.error);
  const lastResult = useApp('detail', (s) => s.lastResult);
  const capabilities = useApp('accounts', (s) => s.capabilities);
  const account = useApp('accounts', (s) => s.accounts.find((a) => a.id === task?.accountId));
  const project = useApp('nav', (s) =>
    s.projects.find((p) => p.accountId === task?.accountId && p.remoteId === task?.projectRemoteId),
  );
  const close = () => stores.detail.getState().close();
  if (!task || !capabilities) {
    return (
      <aside className="detail" aria-label="Task details">
        {error ? <ErrorMessage error={error} alert /> : <p className="muted">Loading…</p>}
        <button type="button" onClick={close}>
          Close
        </button>
      </aside>
    );
  }
  const caps = capabilities[task.provider];
  const provider = PROVIDER_NAMES[task.provider];
  return (
    <aside className="detail" aria-label="Task details" data-testid="detail">
      {/* In a narrow window the pane covers the list; Back returns to it (Close does the same in a wide one). */}
      <button type="button" className="back-button link" onClick={close} data-testid="detail-back">
        ← Back to the list
      </button>
      <div className="row">
        <span className={`provider-dot provider-${task.provider}`} aria-hidden="true" />
        <span className="muted" data-testid="detail-where">
          {account?.label ?? provider} · {project?.name ?? UNKNOWN_PROJECT}
        </span>
        {task.pending && <span className="pill pending">Pending</span>}
        {task.conflict && <span className="pill conflict">Conflict</span>}
        <span className="spacer" />
        <button type="button" onClick={close} aria-label="Close details (Esc)">
          Close
        </button>
      </div>
      <h2>{task.title}</h2>
      <TaskEditor
        key={`${task.key}:${task.revision ?? ''}:${task.updatedAt ?? ''}:${formSignature(task)}`}
        task={task}
        caps={caps}
        saving={saving}
        onSave={(patch) => void stores.detail.getState().save(patch)}
      />
      {lastResult && !error && (
        <p className="notice" role="status" data-testid="save-result">
          {lastResult.state === 'sent'
            ? 'Saved.'
            : lastResult.state === 'queued'
              ? `Saved here; it will reach ${provider} when it is reachable.`
              : 'Could not be sent; see the outbox.'}
        </p>
      )}
      {error && <ErrorMessage error={error} alert />}
      {caps.comments ? (
        <CommentsPanel />
      ) : task.provider === 'worksection' ? (
        <CapabilityNote caps={caps} what="comments" provider={provider} />
      ) : null}
      {caps.notesAndFiles && <ItemsPanel />}
      <TaskFiles task={task} />
      <DeleteTaskButton key={task.key} task={task} caps={caps} />
    </aside>
  );
}
