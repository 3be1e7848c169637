'use client';

import { type FormEvent, useState } from 'react';
import { Dialog, FormActions } from '@/components/ui/dialog';
import { TextField } from '@/components/ui/text-field';
import { useOperation } from '@/lib/client/mutations';
import { useMailboxes } from '@/lib/client/use-mailboxes';
import { childPath, folderNameProblem } from '@/lib/schemas/mailbox-name';
import type { Mailbox } from '@/lib/schemas/mailboxes';
import { folderLabel } from '@/lib/ui/folder-tree';

interface FolderNameDialogProps {
  /** Where a new folder goes (null: the top level); ignored when renaming. */
  parent: Mailbox | null;
  renaming?: Mailbox;
  onClose: () => void;
}

/**
 * The name of a new folder, or a folder's new name: one level, so the server's delimiter is
 * refused here with a sentence instead of quietly making two levels. The server checks again.
 */
export function FolderNameDialog({ parent, renaming, onClose }: FolderNameDialogProps) {
  const { data } = useMailboxes();
  const operation = useOperation('mailbox');
  const mailboxes = data?.mailboxes ?? [];
  const [name, setName] = useState(renaming?.name ?? '');
  const [tried, setTried] = useState(false);

  const parentPath = renaming ? renaming.parent : (parent?.path ?? null);
  const delimiter =
    renaming?.delimiter ?? parent?.delimiter ?? mailboxes.find((m) => m.namespace === 'personal')?.delimiter ?? null;
  const path = childPath(parentPath, name.trim(), delimiter);
  const taken = path !== renaming?.path && mailboxes.some((mailbox) => mailbox.path === path);
  const problem = folderNameProblem(name, delimiter) ?? (taken ? 'A folder with that name already exists here.' : null);
  const shownProblem = tried || name !== (renaming?.name ?? '') ? problem : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (problem) return;
    if (renaming && path !== renaming.path) operation.mutate({ kind: 'mailbox', action: 'rename', mailboxId: renaming.id, path });
    if (!renaming) operation.mutate({ kind: 'mailbox', action: 'create', path });
    onClose();
  };

  const where = parent ? `Inside “${folderLabel(parent)}”.` : 'At the top level of your folders.';
  return (
    <Dialog
      title={renaming ? `Rename “${folderLabel(renaming)}”` : parent ? 'New subfolder' : 'New folder'}
      description={renaming ? 'Its subfolders move with it.' : where}
      onClose={onClose}
      data-testid="folder-name-dialog"
    >
      <form onSubmit={submit} noValidate>
        <TextField
          label="Folder name"
          name="folder-name"
          autoComplete="off"
          autoFocus
          value={name}
          onChange={(event) => setName(event.target.value)}
          problem={shownProblem}
          problemTestId="folder-name-problem"
          data-testid="folder-name-input"
        />
        <FormActions submitLabel={renaming ? 'Rename' : 'Create folder'} onCancel={onClose} data-testid="folder-name-submit" />
      </form>
    </Dialog>
  );
}
