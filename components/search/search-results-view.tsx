'use client';

import { type ReactNode, useMemo } from 'react';
import { FolderPanes, flattenPages } from '@/components/mail/folder-panes';
import { useUrlMessageId } from '@/components/mail/use-mail-url';
import { useSearchResults } from '@/lib/client/use-search-results';
import { messageRefFromId } from '@/lib/ids';
import type { Mailbox } from '@/lib/schemas/mailboxes';
import type { ListSearch, ListSort } from '@/lib/ui/mail-location';
import { SearchResultsPane } from './search-results-pane';

interface SearchResultsViewProps {
  mailboxId: string;
  path: string;
  mailbox: Mailbox | undefined;
  mailboxesLoaded: boolean;
  sort: ListSort;
  search: ListSearch;
  children: ReactNode;
}

/**
 * A search's results in the list's place, beside the open message. In one folder they are
 * that folder's messages and every list action works on them; across folders each result
 * opens in its own folder, and the actions work folder by folder (use-results-actions.ts).
 */
export function SearchResultsView({ mailboxId, path, mailbox, sort, search, children }: SearchResultsViewProps) {
  const messageId = useUrlMessageId();
  const query = useSearchResults(mailboxId, search);
  const loaded = useMemo(() => flattenPages(query.data?.pages, query.isPending), [query.data, query.isPending]);
  // In one folder the actions name its UIDs under the UIDVALIDITY its rows were listed with.
  const first = search.everywhere ? undefined : loaded.messages[0];
  const uidValidity = first ? messageRefFromId(first.id)?.uidValidity : undefined;
  return (
    <FolderPanes
      mailboxId={mailboxId}
      path={path}
      mailbox={mailbox}
      sort={sort}
      loaded={loaded}
      actionRows={loaded.messages}
      uidValidity={uidValidity}
      ticks={search.everywhere ? 'across' : 'rows'}
      selectionScope={search.everywhere ? `*/${search.q}` : undefined}
      backLabel="Search results"
      list={
        <SearchResultsPane
          mailboxId={mailboxId}
          mailbox={mailbox}
          sort={sort}
          search={search}
          uidValidity={uidValidity}
          selectedId={messageId}
          query={query}
        />
      }
    >
      {children}
    </FolderPanes>
  );
}
