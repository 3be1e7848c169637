'use client';

import { FolderTree as FolderGroupIcon, Inbox, Mails } from 'lucide-react';
import { EmptyState } from '@/components/ui/empty-state';
import { Skeleton } from '@/components/ui/skeleton';
import { useMailboxes } from '@/lib/client/use-mailboxes';
import { folderLabel, isSelectable } from '@/lib/ui/folder-tree';
import { formatMailboxCounts } from '@/lib/ui/format-counts';
import { ListPaneFrame } from './list-pane-frame';
import { MailboxNotFound } from './mailbox-not-found';

// Without the folder list we know only the path; INBOX is the one name we can still spell the friendly way.
function fallbackLabel(path: string): string {
  return path.toUpperCase() === 'INBOX' ? 'Inbox' : path;
}

interface MessageListPaneProps {
  mailboxId: string;
  /** Decoded from the URL by the page: a title to show while the folder list loads, or if it fails. */
  path: string;
}

/**
 * The middle column. The message list itself is a later issue, so this shows the folder's name
 * and counts and an honest empty body, never placeholder rows.
 */
export function MessageListPane({ mailboxId, path }: MessageListPaneProps) {
  const { data, isPending } = useMailboxes();
  const mailbox = data?.mailboxes.find((candidate) => candidate.id === mailboxId);

  if (data && !mailbox) return <MailboxNotFound />;
  if (!mailbox) {
    return (
      <ListPaneFrame
        title={isPending ? <Skeleton className="h-4 w-28" /> : fallbackLabel(path)}
        subtitle={isPending ? <Skeleton className="mt-1 h-3 w-44" /> : null}
      >
        <div aria-busy={isPending} className="flex-1" />
      </ListPaneFrame>
    );
  }

  const counts = (
    <span data-testid="mailbox-counts">
      {mailbox.total === null ? 'Holds no messages' : formatMailboxCounts(mailbox.total, mailbox.unseen)}
    </span>
  );
  return (
    <ListPaneFrame title={folderLabel(mailbox)} subtitle={counts}>
      {!isSelectable(mailbox) ? (
        <EmptyState icon={FolderGroupIcon} title="This folder only groups other folders" testId="message-list-empty">
          It holds no messages of its own. Choose one of the folders inside it.
        </EmptyState>
      ) : mailbox.total === 0 ? (
        <EmptyState icon={Inbox} title="This folder is empty" testId="message-list-empty">
          New messages will show up here.
        </EmptyState>
      ) : (
        <EmptyState icon={Mails} title="Messages will appear here" testId="message-list-empty">
          Reading the message list isn't available in this version of Letterbox yet.
        </EmptyState>
      )}
    </ListPaneFrame>
  );
}
