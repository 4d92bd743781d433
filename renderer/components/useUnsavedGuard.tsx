import { useEffect, useRef, useState, type KeyboardEvent, type ReactElement } from 'react';

export interface UnsavedGuard {
  /** The form's onKeyDown: Esc with unsaved changes asks instead of closing. */
  onKeyDown(e: KeyboardEvent): void;
  /** The question, when it is being asked (render it inside the form). */
  prompt: ReactElement | null;
}

/**
 * Esc in a form with unsaved changes asks "Discard changes?" (Keep editing / Discard) instead of
 * letting the Esc reach the window's handler, which would close the form and lose the draft.
 */
export function useUnsavedGuard(isDirty: boolean, discard: () => void): UnsavedGuard {
  const [asking, setAsking] = useState(false);
  const keepRef = useRef<HTMLButtonElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (asking) keepRef.current?.focus();
  }, [asking]);

  const keep = () => {
    setAsking(false);
    returnTo.current?.focus();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    if (asking) {
      e.stopPropagation();
      keep();
      return;
    }
    if (!isDirty) return;
    e.preventDefault();
    e.stopPropagation();
    returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setAsking(true);
  };
  const prompt = asking ? (
    <div className="confirm" role="alertdialog" aria-label="Discard changes?" data-testid="discard-confirm">
      <span>Discard changes?</span>
      <button type="button" ref={keepRef} onClick={keep}>
        Keep editing
      </button>
      <button
        type="button"
        className="danger"
        onClick={() => {
          setAsking(false);
          discard();
        }}
      >
        Discard
      </button>
    </div>
  ) : null;
  return { onKeyDown, prompt };
}
