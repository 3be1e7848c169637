'use client';

import { type FormEvent, useState } from 'react';
import { Dialog, FormActions } from '@/components/ui/dialog';
import { TextField } from '@/components/ui/text-field';
import { describeApiError, errorCodeOf } from '@/lib/client/api-error';
import { showFolder } from '@/lib/client/navigation';
import { useOpenSharedFolder } from '@/lib/client/use-shared-folder-list';
import { listHref } from '@/lib/ui/mail-location';

/**
 * "Open a shared folder…": some servers never list the folders others share (Dovecot without
 * acl_shared_dict), yet open them by name. The owner's user name and the folder's name are all
 * it takes; the server checks the rest, and the folder stays in the list on every device.
 */
export function OpenSharedDialog({ onClose }: { onClose: () => void }) {
  const [owner, setOwner] = useState('');
  const [name, setName] = useState('');
  const open = useOpenSharedFolder();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!owner.trim() || !name.trim()) return;
    open.mutate(
      { owner: owner.trim(), name: name.trim() },
      {
        onSuccess: ({ id }) => {
          onClose();
          showFolder(listHref(id));
        },
      },
    );
  };
  const problem = open.error
    ? errorCodeOf(open.error) === 'NOT_FOUND'
      ? `${owner.trim()} has not shared a folder called “${name.trim()}” with you, or it does not exist.`
      : describeApiError(open.error, { serverWords: true })
    : null;

  return (
    <Dialog
      title="Open a shared folder"
      description="If someone shared a folder with you and it is not under Shared with me, your mail server does not list it: enter whose it is and its name. A subfolder is written Team/Escalations."
      onClose={onClose}
      data-testid="open-shared-dialog"
    >
      <form onSubmit={submit} noValidate className="space-y-3">
        <TextField
          label="Their user name"
          name="shared-owner"
          autoComplete="off"
          autoFocus
          value={owner}
          onChange={(event) => setOwner(event.target.value)}
          data-testid="open-shared-owner"
        />
        <TextField
          label="Folder name"
          name="shared-name"
          autoComplete="off"
          value={name}
          onChange={(event) => setName(event.target.value)}
          problem={problem}
          problemTestId="open-shared-problem"
          data-testid="open-shared-name"
        />
        <FormActions
          submitLabel="Open folder"
          onCancel={onClose}
          disabled={open.isPending || !owner.trim() || !name.trim()}
          data-testid="open-shared-submit"
        />
      </form>
    </Dialog>
  );
}
