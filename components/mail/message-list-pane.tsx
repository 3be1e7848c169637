'use client';

import { FolderTree as FolderGroupIcon, Inbox } from 'lucide-react';
import dynamic from 'next/dynamic';
import { useState } from 'react';
import { EmptyState } from '@/components/ui/empty-state';
import { Skeleton } from '@/components/ui/skeleton';
import { ApiError } from '@/lib/client/api-error';
import type { useMessages } from '@/lib/client/use-messages';
import { useSharedFolder } from '@/lib/client/use-shared-folder';
import type { Mailbox } from '@/lib/schemas/mailboxes';
import { folderLabel, isSelectable } from '@/lib/ui/folder-tree';
import { formatMailboxCounts } from '@/lib/ui/format-counts';
import type { ListSort } from '@/lib/ui/mail-location';
import { hasSelection } from '@/lib/ui/selection';
import { ListPaneFrame } from './list-pane-frame';
import { MailboxNotFound } from './mailbox-not-found';
import { MessageList, moreOf } from './message-list';
import { useLoadedMessages } from './message-list-context';
import { MessageListError } from './message-list-error';
import { MessageListSkeleton } from './message-list-skeleton';
import { MessageListSort } from './message-list-sort';
import { SelectAllBanner } from './select-all-banner';
import { SelectAllCheckbox } from './select-all-checkbox';
import { useSelection } from './selection-context';
import { TeamFilters } from './team-filters';

// Loaded when the first row is ticked: listing mail never needs the bulk actions.
const BulkToolbar = dynamic(() => import('./bulk-toolbar').then((module) => module.BulkToolbar), { ssr: false });

// Without the folder list we know only the path; INBOX is the one name we can still spell the friendly way.
function fallbackLabel(path: string): string {
  return path.toUpperCase() === 'INBOX' ? 'Inbox' : path;
}

interface MessageListPaneProps {
  mailboxId: string;
  /** Decoded from the URL by the layout: a title to show while the folder list loads, or if it fails. */
  path: string;
  /** From the folder list; undefined while it loads (or when it failed). */
  mailbox: Mailbox | undefined;
  mailboxesLoaded: boolean;
  sort: ListSort;
  selectedId: string | null;
  query: ReturnType<typeof useMessages>;
}

/** The middle column: the folder's name and counts, the sort, and its messages in every state they can be in. */
export function MessageListPane({ mailboxId, path, mailbox, mailboxesLoaded, sort, selectedId, query }: MessageListPaneProps) {
  const loaded = useLoadedMessages();
  const { selection } = useSelection();
  const shared = useSharedFolder(mailboxId);
  const first = query.data?.pages[0];
  const missing = query.error instanceof ApiError && query.error.code === 'NOT_FOUND' && !first;
  // The folder as last listed: one of someone else's that leaves the list was most likely
  // unshared (RFC 4314 §4: the server answers as if it never existed, so it cannot say which).
  const [known, setKnown] = useState(mailbox);
  if (mailbox && mailbox !== known) setKnown(mailbox);
  const wasShared = known?.id === mailboxId && known.namespace !== 'personal';
  if ((mailboxesLoaded && !mailbox) || missing) return <MailboxNotFound accessRemoved={wasShared} />;

  const label = mailbox ? folderLabel(mailbox) : fallbackLabel(path);
  // The first page counts messages as the folder is now; unread counts come from the folder
  // list (LIST-STATUS), which is refreshed whenever Letterbox changes a flag.
  const total = first?.total ?? mailbox?.total ?? null;
  const unseen = mailbox?.unseen ?? null;
  const counts =
    total === null ? (
      <Skeleton className="mt-1 h-3 w-44" />
    ) : (
      <span data-testid="mailbox-counts">{formatMailboxCounts(total, unseen)}</span>
    );
  const selectable = !mailbox || isSelectable(mailbox);

  return (
    <ListPaneFrame
      title={mailbox || mailboxesLoaded ? label : <Skeleton className="h-4 w-28" />}
      subtitle={selectable ? counts : null}
      actions={
        selectable ? (
          <>
            {first && first.total > 0 ? <SelectAllCheckbox /> : null}
            <MessageListSort value={sort} />
          </>
        ) : null
      }
      toolbar={
        first && hasSelection(selection) ? (
          <BulkToolbar mailboxId={mailboxId} uidValidity={first.uidValidity} total={first.total} />
        ) : null
      }
    >
      {!selectable ? (
        <EmptyState icon={FolderGroupIcon} title="This folder only groups other folders" testId="message-list-empty">
          It holds no messages of its own. Choose one of the folders inside it.
        </EmptyState>
      ) : first && first.total === 0 ? (
        <EmptyState icon={Inbox} title="No messages in this folder" testId="message-list-empty">
          New messages will show up here.
        </EmptyState>
      ) : first ? (
        <>
          {shared ? <TeamFilters mailboxId={mailboxId} sort={sort} /> : null}
          <SelectAllBanner total={first.total} folder={label} />
          {/* Keyed: each folder's list starts at its top, with its own keyboard position and scroll. */}
          <MessageList
            key={mailboxId}
            mailboxId={mailboxId}
            label={label}
            sort={sort}
            messages={loaded.messages}
            indexById={loaded.indexById}
            total={first.total}
            uidValidity={first.uidValidity}
            uidNext={first.uidNext}
            selectedId={selectedId}
            showRecipients={mailbox?.specialUse === '\\Sent' || mailbox?.specialUse === '\\Drafts'}
            fetchedAt={query.dataUpdatedAt}
            more={moreOf(query)}
          />
        </>
      ) : query.error ? (
        <MessageListError error={query.error} retrying={query.isFetching} onRetry={() => void query.refetch()} />
      ) : (
        <MessageListSkeleton />
      )}
    </ListPaneFrame>
  );
}
