import { useState } from 'react';
import type { Conflict } from '../../shared/model.js';
import { KIND_LABELS, buildResolution, initialChoices } from '../logic/merge.js';
import { useApp, useStores } from '../store/hooks.js';
import { MergeField } from './MergeField.js';
import { ModalDialog } from './ModalDialog.js';
import { ErrorMessage } from './ErrorMessage.js';

/** The merge dialog: per field take mine / take theirs / edit; a delete-write conflict is keep or let go. */
export function MergeDialog({ conflict }: { conflict: Conflict }) {
  const stores = useStores();
  const [choices, setChoices] = useState(() => initialChoices(conflict));
  const busy = useApp('conflicts', (s) => s.busy);
  const error = useApp('conflicts', (s) => s.error);
  const close = () => stores.conflicts.getState().openDialog(null);
  const resolve = (resolution: Parameters<ReturnType<typeof stores.conflicts.getState>['resolve']>[1]) =>
    void stores.conflicts.getState().resolve(conflict.id, resolution);
  const isDelete = conflict.kind === 'delete-write';
  return (
    <ModalDialog onClose={close} className="merge-dialog" labelledBy="merge-title" testId="merge-dialog">
      <h2 id="merge-title">Settle “{conflict.title}”</h2>
      <p className="muted">{KIND_LABELS[conflict.kind]}. Changes since the common base are highlighted.</p>
      {Object.entries(conflict.fields).map(([field, values]) => (
        <MergeField
          key={field}
          field={field}
          values={values}
          choice={choices[field] ?? { side: 'mine', text: '' }}
          onChange={(choice) => setChoices((c) => ({ ...c, [field]: choice }))}
        />
      ))}
      {error && <ErrorMessage error={error} alert />}
      <div className="row">
        {isDelete ? (
          <>
            <button
              type="button"
              className="primary"
              disabled={busy}
              onClick={() => resolve({ deleteWrite: 'keep' })}
              data-testid="delete-keep"
            >
              Keep it (restore)
            </button>
            <button type="button" disabled={busy} onClick={() => resolve({ deleteWrite: 'drop' })} data-testid="delete-drop">
              Let it go
            </button>
          </>
        ) : (
          <button
            type="button"
            className="primary"
            disabled={busy}
            onClick={() => resolve(buildResolution(conflict, choices))}
            data-testid="merge-apply"
          >
            Apply merge
          </button>
        )}
        <button type="button" onClick={close}>
          Cancel
        </button>
      </div>
    </ModalDialog>
  );
}
