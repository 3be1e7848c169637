'use client';

import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { branchOf } from '@/lib/client/mailbox-tree-edit';
import { useOperation } from '@/lib/client/mutations';
import { useMailboxes } from '@/lib/client/use-mailboxes';
import type { Mailbox } from '@/lib/schemas/mailboxes';
import { folderLabel } from '@/lib/ui/folder-tree';
import { formatCount } from '@/lib/ui/format-counts';

const count = (n: number, noun: string) => `${formatCount(n)} ${noun}${n === 1 ? '' : 's'}`;

/**
 * Says what goes with the folder before it goes: its messages and its subfolders. The request
 * confirms exactly that much (force for messages, withChildren for subfolders), so if another
 * client added some meanwhile the server refuses instead of deleting more than was shown.
 */
export function DeleteFolderDialog({ mailbox, onClose }: { mailbox: Mailbox; onClose: () => void }) {
  const { data } = useMailboxes();
  const operation = useOperation('mailbox');
  const { messages, subfolders } = branchOf(data?.mailboxes ?? [mailbox], mailbox);
  const what =
    messages === 0 && subfolders === 0
      ? 'The folder is empty.'
      : `${[messages > 0 ? count(messages, 'message') : null, subfolders > 0 ? count(subfolders, 'subfolder') : null]
          .filter(Boolean)
          .join(' and ')} will be deleted with it, for good, on every device.`;

  const confirm = () => {
    operation.mutate({
      kind: 'mailbox',
      action: 'delete',
      mailboxId: mailbox.id,
      force: messages > 0 || mailbox.specialUse !== null,
      withChildren: subfolders > 0,
    });
    onClose();
  };

  return (
    <ConfirmDialog
      title={`Delete “${folderLabel(mailbox)}”?`}
      description={what}
      confirmLabel="Delete folder"
      onConfirm={confirm}
      onCancel={onClose}
      data-testid="delete-folder-dialog"
    />
  );
}
