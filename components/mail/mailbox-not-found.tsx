import { FolderX, Inbox } from 'lucide-react';
import Link from 'next/link';
import { buttonClass } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { mailboxId } from '@/lib/ids';
import { ListPaneFrame } from './list-pane-frame';

/**
 * For a link to a folder that is malformed, renamed or deleted: say so and offer the way home.
 * `accessRemoved`: it was someone else's shared folder, which the owner most likely unshared.
 */
export function MailboxNotFound({ accessRemoved = false }: { accessRemoved?: boolean }) {
  return (
    <ListPaneFrame title={accessRemoved ? 'Access removed' : 'Folder not found'}>
      <EmptyState
        icon={FolderX}
        title={accessRemoved ? 'You no longer have access to this folder' : "This folder doesn't exist"}
        testId="mailbox-not-found"
        action={
          <Link href={`/mail/${mailboxId('INBOX')}`} prefetch={false} className={buttonClass('secondary', 'md', 'mt-1')}>
            <Inbox aria-hidden="true" className="size-4" />
            Go to Inbox
          </Link>
        }
      >
        {accessRemoved
          ? 'Its owner stopped sharing it with you, or deleted it.'
          : 'It may have been renamed or deleted, or the link is incomplete.'}
      </EmptyState>
    </ListPaneFrame>
  );
}
