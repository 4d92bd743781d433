/** Coalesces bursts (events during a sync, keystrokes in search) into one call after `ms` of quiet. */
export function debounce(fn: () => void, ms: number): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  return () => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      fn();
    }, ms);
  };
}

/**
 * Runs the first call of a quiet spell at once (one change, e.g. a quick-added
 * task, shows without waiting) and folds the calls that follow within `ms`
 * into one more run at the end (a sync's burst of events costs two runs, not hundreds).
 */
export function coalesce(fn: () => void, ms: number): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let again = false;
  const settle = () => {
    if (!again) {
      timer = null;
      return;
    }
    again = false;
    fn();
    timer = setTimeout(settle, ms);
  };
  return () => {
    if (timer !== null) {
      again = true;
      return;
    }
    fn();
    timer = setTimeout(settle, ms);
  };
}
