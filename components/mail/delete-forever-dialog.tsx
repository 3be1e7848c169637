'use client';

import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { uidCount } from '@/lib/client/uid-selection';
import { formatCount } from '@/lib/ui/format-counts';
import type { PendingDeleteForever } from './use-list-actions';

interface DeleteForeverDialogProps {
  target: PendingDeleteForever;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before a delete inside Trash, which expunges the messages on the server: there is no undo. */
export function DeleteForeverDialog({ target, onConfirm, onCancel }: DeleteForeverDialogProps) {
  const count = uidCount(target.uids);
  const what = count === 1 ? 'this message' : `${formatCount(count)} messages`;
  return (
    <ConfirmDialog
      title={`Delete ${what} forever?`}
      description={`${count === 1 ? 'It is' : 'They are'} removed from the mail server, on every device. This can't be undone.`}
      confirmLabel="Delete forever"
      onConfirm={onConfirm}
      onCancel={onCancel}
      data-testid="delete-forever-dialog"
    />
  );
}
