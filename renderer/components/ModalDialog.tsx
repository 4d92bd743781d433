import type { ReactNode } from 'react';
import { useModalDialog } from './useModalDialog.js';

interface ModalDialogProps {
  /** Esc (and, with closeOnBackdrop, a click beside the box) asks the owner to close; the owner's state says whether it is open. */
  onClose: () => void;
  closeOnBackdrop?: boolean;
  className: string;
  testId: string;
  label?: string;
  labelledBy?: string;
  children: ReactNode;
}

/**
 * The app's one modal: a <dialog> shown with showModal while mounted (the page behind is inert,
 * focus goes back where it was), that never closes itself behind React's back.
 */
export function ModalDialog({
  onClose,
  closeOnBackdrop = false,
  className,
  testId,
  label,
  labelledBy,
  children,
}: ModalDialogProps) {
  const ref = useModalDialog();
  return (
    <dialog
      ref={ref}
      className={className}
      aria-label={label}
      aria-labelledby={labelledBy}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onClick={
        closeOnBackdrop
          ? (e) => {
              if (e.target === e.currentTarget) onClose();
            }
          : undefined
      }
      data-testid={testId}
    >
      {children}
    </dialog>
  );
}
