'use client';

import { type KeyboardEvent, type ReactNode, useEffect, useId, useRef } from 'react';
import { Button } from './button';

interface DialogProps {
  title: string;
  /** A sentence under the title, read out with it (aria-describedby). */
  description?: ReactNode;
  onClose: () => void;
  children: ReactNode;
  'data-testid'?: string;
}

const FOCUSABLE =
  'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

/**
 * A modal dialog on the browser's own `<dialog>` and showModal(): the page behind turns inert,
 * Escape closes it (the `cancel` event), and focus goes back where it was when it closes.
 * Tab and Shift+Tab also wrap inside it instead of leaving for the browser's toolbar, so
 * keyboard users stay in the dialog. Mounted only while open; the parent unmounts it to close.
 */
export function Dialog({ title, description, onClose, children, 'data-testid': testId }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    // The page's shortcuts listen on the document (j, k, Escape back to the list) and would take
    // these keys, Escape's preventDefault included, which keeps the dialog from closing. React
    // listens on the document too (Next hydrates the whole document), ahead of them: only
    // stopImmediatePropagation() keeps the key from the listeners after it on the same node.
    event.nativeEvent.stopImmediatePropagation();
    if (event.key !== 'Tab' || !ref.current) return;
    const focusable = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = focusable[0];
    const last = focusable.at(-1);
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      data-testid={testId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      // Chromium may close a modal on Escape without a cancel event (close-watcher rules): follow its close too.
      onClose={onClose}
      onKeyDown={onKeyDown}
      // A press on the backdrop lands on the <dialog> itself, outside its padding box's content.
      onClick={(event) => {
        if (event.target === ref.current) onClose();
      }}
      className="m-auto w-[28rem] max-w-[calc(100vw-2rem)] rounded-lg border border-line-strong bg-surface p-0 text-fg shadow-xl backdrop:bg-black/40"
    >
      <div className="p-5">
        <h2 id={titleId} className="text-base font-semibold">
          {title}
        </h2>
        {description ? (
          <div id={descriptionId} className="mt-2 text-sm text-muted">
            {description}
          </div>
        ) : null}
        <div className="mt-4">{children}</div>
      </div>
    </dialog>
  );
}

/** The row of buttons at the foot of a dialog: the main action last, as platforms place it. */
export function DialogActions({ children }: { children: ReactNode }) {
  return <div className="mt-5 flex justify-end gap-2">{children}</div>;
}

interface FormActionsProps {
  /** What the submit button does ("Create folder"). */
  submitLabel: ReactNode;
  onCancel: () => void;
  disabled?: boolean;
  'data-testid': string;
}

/** A dialog form's foot: Cancel, then the form's submit, so Enter in any field submits it. */
export function FormActions({ submitLabel, onCancel, disabled, 'data-testid': testId }: FormActionsProps) {
  return (
    <DialogActions>
      <Button variant="ghost" onClick={onCancel}>
        Cancel
      </Button>
      <Button type="submit" variant="primary" disabled={disabled} data-testid={testId}>
        {submitLabel}
      </Button>
    </DialogActions>
  );
}
