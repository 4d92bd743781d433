import { useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import type { WorkityItem } from '../../../shared/model.js';
import { useApp, useStores } from '../../store/hooks.js';
import { createNotesStore, noteState, type NoteChange, type NotesTarget } from '../../store/notesStore.js';
import { NoteForm } from './NoteForm.js';
import '../../styles/notes.css';
import { ErrorMessage } from '../ErrorMessage.js';

/** One sentence on what became of the last add or edit; nothing is called saved that the core did not take. */
function describeChange({ what, title, result }: NoteChange): string {
  const done = what === 'add' ? `Added “${title}”` : `Saved “${title}”`;
  if (result.state === 'sent') return `${done} to Workity.`;
  if (result.state === 'queued')
    return what === 'add'
      ? `${done} here; it will reach Workity when Workity is reachable.`
      : `Saved your edit of “${title}” here; Workity's copy shows until it is sent.`;
  return `Workity refused the ${what === 'add' ? 'new note' : 'edit'} of “${title}”; see the outbox.`;
}

const STATE_PILL = { pending: 'Pending', failed: 'Not sent', conflict: 'Conflict' } as const;

interface NotesPanelProps {
  target: NotesTarget;
  /** The heading level in its place: h3 in the task's detail pane, h2 on the Notes page. */
  heading: 'h2' | 'h3';
  title: string;
}

/**
 * The notes of one Workity project: read, add and edit. Changes go through the outbox like tasks.
 * Give it a `key` per project so an open form does not follow the user to another one.
 */
export function NotesPanel({ target, heading: Heading, title }: NotesPanelProps) {
  const stores = useStores();
  const store = useMemo(() => createNotesStore(stores.api), [stores]);
  const { notes, outbox, loading, saving, error, last } = useStore(store);
  // `editing` is a note's key, 'new' for the add form, or null.
  const [editing, setEditing] = useState<string | null>(null);
  // Workity's write-write copy of a note is settled in Conflicts, like a task's.
  const conflicts = useApp('conflicts', (s) => s.conflicts);
  const conflicted = new Set(conflicts.filter((c) => !c.resolvedAt).map((c) => c.key));
  const { accountId, projectRemoteId } = target;
  useEffect(() => store.getState().watch(), [store]);
  useEffect(() => void store.getState().load({ accountId, projectRemoteId }), [store, accountId, projectRemoteId]);

  const close = () => setEditing(null);
  const editForm = (note: WorkityItem) => (
    <NoteForm
      label={`Edit note: ${note.title}`}
      initial={{ title: note.title, text: note.details }}
      saving={saving}
      submitLabel="Save note"
      onSubmit={(t, text) => store.getState().edit(note, { title: t, text })}
      onClose={close}
    />
  );

  return (
    <section aria-label={title} className="notes" data-testid="notes-panel">
      <div className="row">
        <Heading>{title}</Heading>
        <span className="spacer" />
        {editing !== 'new' && (
          <button type="button" onClick={() => setEditing('new')} data-testid="note-add">
            Add note
          </button>
        )}
      </div>
      {editing === 'new' && (
        <NoteForm
          label="Add note"
          initial={{ title: '', text: '' }}
          saving={saving}
          submitLabel="Add note"
          onSubmit={(t, text) => store.getState().add(t, text)}
          onClose={close}
        />
      )}
      {last && !error && (
        <p className="notice" role="status" data-testid="note-result">
          {describeChange(last)}
        </p>
      )}
      {error && <ErrorMessage error={error} alert />}
      {loading ? (
        <p className="muted">Loading notes…</p>
      ) : notes.length === 0 ? (
        <p className="muted">No notes in this project yet.</p>
      ) : (
        <ul className="comments note-list">
          {notes.map((note) => {
            const state = conflicted.has(note.key) ? 'conflict' : noteState(note, outbox);
            return (
              <li key={note.key} data-testid="note">
                {editing === note.key ? (
                  editForm(note)
                ) : (
                  <>
                    <div className="row">
                      <strong className="note-title">{note.title}</strong>
                      {state && <span className={`pill ${state}`}>{STATE_PILL[state]}</span>}
                      <span className="spacer" />
                      {/* A note made here has no id on Workity yet; the core takes edits once it has one. */}
                      {note.remoteId ? (
                        <button type="button" onClick={() => setEditing(note.key)} aria-label={`Edit ${note.title}`}>
                          Edit
                        </button>
                      ) : (
                        <span className="muted">Editable once it reaches Workity</span>
                      )}
                    </div>
                    {note.details && <p className="note-text">{note.details}</p>}
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
