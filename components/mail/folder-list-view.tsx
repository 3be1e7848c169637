'use client';

import { type ReactNode, useMemo } from 'react';
import { useMessages } from '@/lib/client/use-messages';
import type { Mailbox } from '@/lib/schemas/mailboxes';
import type { ListSort } from '@/lib/ui/mail-location';
import { FolderPanes, flattenPages } from './folder-panes';
import { MessageListPane } from './message-list-pane';
import { useUrlMessageId } from './use-mail-url';

interface FolderListViewProps {
  mailboxId: string;
  path: string;
  mailbox: Mailbox | undefined;
  mailboxesLoaded: boolean;
  sort: ListSort;
  children: ReactNode;
}

/** A folder's own list, sorted on the server, beside the open message. */
export function FolderListView({ mailboxId, path, mailbox, mailboxesLoaded, sort, children }: FolderListViewProps) {
  const messageId = useUrlMessageId();
  const query = useMessages(mailboxId, sort.sort, sort.order);
  const loaded = useMemo(() => flattenPages(query.data?.pages, query.isPending), [query.data, query.isPending]);
  const first = query.data?.pages[0];
  return (
    <FolderPanes
      mailboxId={mailboxId}
      path={path}
      mailbox={mailbox}
      sort={sort}
      loaded={loaded}
      actionRows={loaded.messages}
      uidValidity={first?.uidValidity}
      uidNext={first?.uidNext}
      gone={mailboxesLoaded && !mailbox}
      list={
        <MessageListPane
          mailboxId={mailboxId}
          path={path}
          mailbox={mailbox}
          mailboxesLoaded={mailboxesLoaded}
          sort={sort}
          selectedId={messageId}
          query={query}
        />
      }
    >
      {children}
    </FolderPanes>
  );
}
