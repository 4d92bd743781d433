import { useMemo } from 'react';
import { useStore } from 'zustand';
import { PROVIDER_NAMES, type Capabilities, type Task } from '../../shared/model.js';
import { createDeleteTaskStore } from '../store/deleteTaskStore.js';
import { useStores } from '../store/hooks.js';
import { CapabilityNote } from './CapabilityNote.js';
import '../styles/taskExtras.css';
import { ErrorMessage } from './ErrorMessage.js';

/**
 * Deletes the open task after a confirmation that names the service; where the
 * service can't delete (Worksection), says why instead. Sent or queued, the
 * pane closes and the task leaves the list; a refusal stays here with the reason.
 */
export function DeleteTaskButton({ task, caps }: { task: Task; caps: Capabilities }) {
  const stores = useStores();
  const store = useMemo(
    () => createDeleteTaskStore(stores.api, (label, changes) => stores.undo.getState().record(label, changes)),
    [stores],
  );
  const { confirming, deleting, error } = useStore(store);
  const provider = PROVIDER_NAMES[task.provider];
  if (!caps.deleteTasks) return <CapabilityNote caps={caps} what="deleteTasks" provider={provider} />;

  const confirm = async () => {
    const result = await store.getState().confirm(task);
    if (result && result.state !== 'failed') stores.detail.getState().close();
  };
  return (
    <section className="task-actions" aria-label="Delete task">
      {confirming ? (
        <div role="alertdialog" aria-label="Confirm deletion" aria-describedby="delete-question" className="confirm">
          <p id="delete-question">
            Delete “{task.title}” from {provider}?{' '}
            {task.remoteId ? 'It goes from the service, not only from Worktray.' : 'It has not reached the service yet.'}
          </p>
          <div className="row">
            <button
              type="button"
              className="danger"
              disabled={deleting}
              onClick={() => void confirm()}
              data-testid="delete-task-confirm"
            >
              {deleting ? 'Deleting…' : `Delete from ${provider}`}
            </button>
            <button type="button" onClick={() => store.getState().cancel()} autoFocus>
              Keep it
            </button>
          </div>
        </div>
      ) : (
        <button type="button" onClick={() => store.getState().ask()} data-testid="delete-task">
          Delete task…
        </button>
      )}
      {error && <ErrorMessage error={error} alert />}
    </section>
  );
}
