'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useUrlMailboxId, useUrlSort } from '@/components/mail/use-mail-url';
import { showSearch } from '@/lib/client/navigation';
import { useMailboxes } from '@/lib/client/use-mailboxes';
import { searchResultsQuery } from '@/lib/client/use-search-results';
import { useSettings } from '@/lib/client/use-settings';
import { mailboxId as idOf } from '@/lib/ids';
import { isSelectable } from '@/lib/ui/folder-tree';
import { listHref } from '@/lib/ui/mail-location';
import { SearchBox } from './search-box';

/**
 * The top bar's search: it searches the open folder (or every folder, when the results were
 * already shown for all of them), and the URL carries the query, so Back, Forward and reload
 * keep it. Clearing it returns to the folder's list.
 */
export function TopBarSearch({ historyOwner }: { historyOwner: string }) {
  const folder = useUrlMailboxId() ?? idOf('INBOX');
  const { sort, order, search } = useUrlSort();
  const mailboxes = useMailboxes();
  const settings = useSettings();
  const queryClient = useQueryClient();
  const folders = (mailboxes.data?.mailboxes ?? []).filter(isSelectable).map((mailbox) => mailbox.path);
  const labels = (settings.data?.settings.labels ?? []).map((label) => label.name);
  return (
    <SearchBox
      query={search?.q ?? ''}
      onSearch={(q) => {
        const next = { q, everywhere: search?.everywhere ?? false };
        // The request leaves with the Enter, ahead of the render that swaps the list for the results.
        void queryClient.prefetchInfiniteQuery(searchResultsQuery(folder, next));
        showSearch(listHref(folder, { sort, order, search: next }));
      }}
      onClear={() => {
        if (search) showSearch(listHref(folder, { sort, order }));
      }}
      labels={labels}
      folders={folders}
      historyOwner={historyOwner}
    />
  );
}
