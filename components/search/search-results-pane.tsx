'use client';

import { SearchX } from 'lucide-react';
import dynamic from 'next/dynamic';
import { ListPaneFrame } from '@/components/mail/list-pane-frame';
import { MessageList, moreOf } from '@/components/mail/message-list';
import { useLoadedMessages } from '@/components/mail/message-list-context';
import { MessageListError } from '@/components/mail/message-list-error';
import { MessageListSkeleton } from '@/components/mail/message-list-skeleton';
import { useSelection } from '@/components/mail/selection-context';
import { EmptyState } from '@/components/ui/empty-state';
import { ApiError } from '@/lib/client/api-error';
import { useMailboxes } from '@/lib/client/use-mailboxes';
import type { useSearchResults } from '@/lib/client/use-search-results';
import type { Mailbox } from '@/lib/schemas/mailboxes';
import type { MessageSummary } from '@/lib/schemas/message-list';
import type { SearchRow } from '@/lib/schemas/search';
import { folderLabel } from '@/lib/ui/folder-tree';
import type { ListSearch, ListSort } from '@/lib/ui/mail-location';
import { hasSelection } from '@/lib/ui/selection';
import { SearchGapsNotice } from './search-gaps-notice';
import { SearchScopeSwitch } from './search-scope-switch';

const BulkToolbar = dynamic(() => import('@/components/mail/bulk-toolbar').then((module) => module.BulkToolbar), { ssr: false });

interface SearchResultsPaneProps {
  mailboxId: string;
  mailbox: Mailbox | undefined;
  sort: ListSort;
  search: ListSearch;
  uidValidity: number | undefined;
  selectedId: string | null;
  query: ReturnType<typeof useSearchResults>;
}

const plural = (count: number) => `${count.toLocaleString('en')} ${count === 1 ? 'result' : 'results'}`;

/** The middle column while searching: how many matched where, the results as the folder's rows, and what could not be searched. */
export function SearchResultsPane({ mailboxId, mailbox, sort, search, uidValidity, selectedId, query }: SearchResultsPaneProps) {
  const loaded = useLoadedMessages();
  const { selection } = useSelection();
  const mailboxes = useMailboxes();
  const names = new Map((mailboxes.data?.mailboxes ?? []).map((entry) => [entry.id, folderLabel(entry)]));
  const first = query.data?.pages[0];
  const where = search.everywhere ? 'all folders' : mailbox ? folderLabel(mailbox) : 'this folder';
  const folderOf = (message: MessageSummary) => {
    const id = (message as SearchRow).mailboxId;
    return names.get(id) ?? null;
  };
  // A query the server could not read: its message names the token and where it is (the user's own text, nothing internal).
  const unreadable = query.error instanceof ApiError && query.error.code === 'BAD_REQUEST' ? query.error.message : null;

  return (
    <ListPaneFrame
      title="Search results"
      subtitle={
        first ? (
          <span data-testid="search-count">
            {plural(first.total)} in {where}
          </span>
        ) : (
          `Searching ${where}…`
        )
      }
      actions={<SearchScopeSwitch mailboxId={mailboxId} sort={sort} search={search} />}
      toolbar={
        first && (uidValidity !== undefined || search.everywhere) && hasSelection(selection) ? (
          <BulkToolbar mailboxId={mailboxId} uidValidity={uidValidity} total={loaded.messages.length} />
        ) : null
      }
    >
      {first ? <SearchGapsNotice gaps={first.gaps} names={names} /> : null}
      {unreadable ? (
        <EmptyState icon={SearchX} title="This search can't be read" testId="search-unreadable">
          {unreadable.charAt(0).toUpperCase() + unreadable.slice(1)}
        </EmptyState>
      ) : first && first.total === 0 ? (
        <EmptyState icon={SearchX} title="No messages match" testId="search-empty">
          Nothing in {where} matches “{search.q}”.
        </EmptyState>
      ) : first ? (
        <MessageList
          key={`${search.everywhere ? '*' : mailboxId}/${search.q}`}
          mailboxId={mailboxId}
          label={`search results for ${search.q}`}
          sort={sort}
          messages={loaded.messages}
          indexById={loaded.indexById}
          total={first.total}
          uidValidity={uidValidity ?? 0}
          selectedId={selectedId}
          showRecipients={mailbox?.specialUse === '\\Sent' || mailbox?.specialUse === '\\Drafts'}
          folderOf={search.everywhere ? folderOf : undefined}
          fetchedAt={query.dataUpdatedAt}
          more={moreOf(query)}
        />
      ) : query.error ? (
        <MessageListError error={query.error} retrying={query.isFetching} onRetry={() => void query.refetch()} />
      ) : (
        <MessageListSkeleton />
      )}
    </ListPaneFrame>
  );
}
