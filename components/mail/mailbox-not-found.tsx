import { FolderX, Inbox } from 'lucide-react';
import Link from 'next/link';
import { buttonClass } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { mailboxId } from '@/lib/ids';
import { ListPaneFrame } from './list-pane-frame';

/** For a link to a folder that is malformed, renamed or deleted: say so and offer the way home. */
export function MailboxNotFound() {
  return (
    <ListPaneFrame title="Folder not found">
      <EmptyState
        icon={FolderX}
        title="This folder doesn't exist"
        testId="mailbox-not-found"
        action={
          <Link href={`/mail/${mailboxId('INBOX')}`} prefetch={false} className={buttonClass('secondary', 'md', 'mt-1')}>
            <Inbox aria-hidden="true" className="size-4" />
            Go to Inbox
          </Link>
        }
      >
        It may have been renamed or deleted, or the link is incomplete.
      </EmptyState>
    </ListPaneFrame>
  );
}
