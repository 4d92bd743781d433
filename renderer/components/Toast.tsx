import { useEffect, useState } from 'react';
import { useApp, useStores } from '../store/hooks.js';
import { useUndoShortcut } from './useUndoShortcut.js';

/** Long enough to read and reach with the keyboard; hovering or focusing the toast holds it. */
const VISIBLE_MS = 8_000;

/** The undo toast: what was just done with an Undo button (Ctrl/Cmd+Z too), then what the undo did. */
export function Toast() {
  const stores = useStores();
  const entry = useApp('undo', (s) => s.entry);
  const notice = useApp('undo', (s) => s.notice);
  const busy = useApp('undo', (s) => s.busy);
  const [held, setHeld] = useState(false);
  const undo = () => void stores.undo.getState().undo();
  const dismiss = () => stores.undo.getState().dismiss();
  // A notice that something could not be undone stays until it is dismissed.
  const expires = entry !== null || (notice !== null && !notice.isError);
  useUndoShortcut(entry !== null, undo);

  useEffect(() => {
    if (!expires || held) return undefined;
    const timer = setTimeout(() => stores.undo.getState().dismiss(), VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [entry, notice, expires, held, stores]);

  const hold = {
    onMouseEnter: () => setHeld(true),
    onMouseLeave: () => setHeld(false),
    onFocus: () => setHeld(true),
    onBlur: () => setHeld(false),
  };
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {entry && (
        <div className="toast" data-testid="undo-toast" {...hold}>
          <span className="toast-text">{entry.label}</span>
          <button type="button" className="toast-action" onClick={undo} disabled={busy} aria-keyshortcuts="Control+Z Meta+Z">
            {busy ? 'Undoing…' : 'Undo'}
          </button>
          <kbd className="toast-hint" aria-hidden="true">
            Ctrl+Z
          </kbd>
          <button type="button" className="toast-close" onClick={dismiss} aria-label="Dismiss">
            ×
          </button>
        </div>
      )}
      {!entry && notice && (
        <div className={notice.isError ? 'toast is-error' : 'toast'} data-testid="undo-notice" {...hold}>
          <span className="toast-text">{notice.text}</span>
          <button type="button" className="toast-close" onClick={dismiss} aria-label="Dismiss">
            ×
          </button>
        </div>
      )}
    </div>
  );
}
