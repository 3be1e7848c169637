'use client';

import { Button } from '@/components/ui/button';
import { Dialog, DialogActions } from '@/components/ui/dialog';
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
    <Dialog
      title={`Delete ${what} forever?`}
      description={`${count === 1 ? 'It is' : 'They are'} removed from the mail server, on every device. This can't be undone.`}
      onClose={onCancel}
      data-testid="delete-forever-dialog"
    >
      <DialogActions>
        <Button variant="ghost" onClick={onCancel} autoFocus>
          Cancel
        </Button>
        <Button variant="danger" onClick={onConfirm} data-testid="delete-forever-confirm">
          Delete forever
        </Button>
      </DialogActions>
    </Dialog>
  );
}
