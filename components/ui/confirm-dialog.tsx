'use client';

import type { ReactNode } from 'react';
import { Button } from './button';
import { Dialog, DialogActions } from './dialog';

interface ConfirmDialogProps {
  title: string;
  description: ReactNode;
  /** The destructive action's words ("Delete folder"): a button says what it does. */
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** `<name>-dialog`; the action button gets `<name>-confirm`. */
  'data-testid': `${string}-dialog`;
}

/**
 * A question before something that cannot be undone: Cancel has the focus, so Enter or
 * Escape from a slip does nothing; the action is the last button, in the danger colour.
 */
export function ConfirmDialog({
  title,
  description,
  confirmLabel,
  onConfirm,
  onCancel,
  'data-testid': testId,
}: ConfirmDialogProps) {
  return (
    <Dialog title={title} description={description} onClose={onCancel} data-testid={testId}>
      <DialogActions>
        <Button variant="ghost" onClick={onCancel} autoFocus>
          Cancel
        </Button>
        <Button variant="danger" onClick={onConfirm} data-testid={`${testId.replace(/-dialog$/, '')}-confirm`}>
          {confirmLabel}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
