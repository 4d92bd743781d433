import { useEffect, useRef } from 'react';

/**
 * Opens a <dialog> as modal while the component is mounted: the browser keeps
 * focus inside it (the page behind is inert), and when it goes, focus goes
 * back to whatever had it before, not to the page's body.
 */
export function useModalDialog() {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      if (previous?.isConnected) previous.focus();
    };
  }, []);
  return ref;
}
