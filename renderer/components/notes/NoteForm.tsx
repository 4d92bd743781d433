import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useUnsavedGuard } from '../useUnsavedGuard.js';

/** Workity keeps a note's title to 100 characters (the contract's limit). */
const TITLE_MAX = 100;

interface NoteFormProps {
  /** "Add note" or "Edit note: Guest list": the form's accessible name. */
  label: string;
  initial: { title: string; text: string };
  saving: boolean;
  submitLabel: string;
  /** Resolves true when the core took the change; the form then closes. */
  onSubmit: (title: string, text: string) => Promise<boolean>;
  onClose: () => void;
}

/** Title and text of a note. Ctrl/Cmd+Enter saves; Esc closes, asking first when something was typed. */
export function NoteForm({ label, initial, saving, submitLabel, onSubmit, onClose }: NoteFormProps) {
  const [title, setTitle] = useState(initial.title);
  const [text, setText] = useState(initial.text);
  const titleRef = useRef<HTMLInputElement>(null);
  useEffect(() => titleRef.current?.focus(), []);
  const isDirty = title !== initial.title || text !== initial.text;
  const guard = useUnsavedGuard(isDirty, onClose);

  const submit = async (e?: FormEvent) => {
    e?.preventDefault();
    if (!title.trim() || saving) return;
    if (await onSubmit(title, text)) onClose();
  };

  return (
    <form
      className="note-form"
      aria-label={label}
      data-testid="note-form"
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit();
        guard.onKeyDown(e);
        // Nothing typed: Esc just closes this form, not the pane around it.
        if (e.key === 'Escape' && !isDirty && !e.isPropagationStopped()) {
          e.stopPropagation();
          onClose();
        }
      }}
    >
      <label>
        Title
        <input
          ref={titleRef}
          value={title}
          maxLength={TITLE_MAX}
          required
          onChange={(e) => setTitle(e.target.value)}
          data-testid="note-title"
        />
        {title.length > TITLE_MAX - 20 && (
          <small className="muted">
            {title.length} of {TITLE_MAX} characters
          </small>
        )}
      </label>
      <label>
        Text
        <textarea rows={5} value={text} onChange={(e) => setText(e.target.value)} data-testid="note-text" />
      </label>
      <div className="row">
        <button type="submit" className="primary" disabled={saving || !title.trim()} data-testid="note-save">
          {saving ? 'Saving…' : submitLabel}
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <span className="hint">Ctrl/Cmd+Enter saves</span>
      </div>
      {guard.prompt}
    </form>
  );
}
