'use client';

import { Dialog } from '@/components/ui/dialog';
import { Spinner } from '@/components/ui/spinner';
import { describeApiError } from '@/lib/client/api-error';
import { useChangeSharing, useSharing } from '@/lib/client/use-sharing';
import type { Mailbox } from '@/lib/schemas/mailboxes';
import { folderLabel } from '@/lib/ui/folder-tree';
import { ShareWithForm } from './share-with-form';
import { SharingEntryRow } from './sharing-entry-row';

/**
 * Who can open this folder from their own account (RFC 4314 ACL): each person's access,
 * changed or removed in place, and a form to add someone. Offered only with the `a` right;
 * the server's answer after each change is what the list shows.
 */
export function SharingDialog({ mailbox, onClose }: { mailbox: Mailbox; onClose: () => void }) {
  const sharing = useSharing(mailbox.id);
  const change = useChangeSharing(mailbox.id);
  const data = sharing.data;
  const others = data?.entries.filter((entry) => entry.identifier !== data.self) ?? [];
  const self = data?.entries.find((entry) => entry.identifier === data.self);
  const failure = sharing.error ?? change.error;

  return (
    <Dialog
      title={`Share “${folderLabel(mailbox)}”`}
      description="People you share it with see it under “Shared with me” in their own mail. Read and unread stay personal."
      onClose={onClose}
      data-testid="sharing-dialog"
    >
      {sharing.isPending ? (
        <p className="flex items-center justify-center gap-2 py-6 text-sm text-muted">
          <Spinner /> Loading who it is shared with…
        </p>
      ) : null}
      {data ? (
        <ul className="divide-y divide-line" data-testid="sharing-entries">
          {self ? <SharingEntryRow entry={self} isSelf busy onChange={() => {}} /> : null}
          {others.map((entry) => (
            <SharingEntryRow
              key={entry.identifier}
              entry={entry}
              isSelf={false}
              busy={change.isPending}
              onChange={(rights) => change.mutate({ identifier: entry.identifier, rights })}
            />
          ))}
          {others.length === 0 ? <li className="py-2 text-sm text-muted">Not shared with anyone yet.</li> : null}
        </ul>
      ) : null}
      {failure ? (
        <p role="alert" data-testid="sharing-error" className="mt-3 text-sm text-danger">
          {describeApiError(failure, { serverWords: true })}
        </p>
      ) : null}
      {data ? (
        <ShareWithForm
          rightsOffered={data.rightsOffered}
          busy={change.isPending}
          onShare={(identifier, rights) => change.mutate({ identifier, rights })}
        />
      ) : null}
    </Dialog>
  );
}
