import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '@/lib/client/api';
import { queryKeys } from '@/lib/client/query-keys';
import type { SearchResponse } from '@/lib/schemas/search';
import { ALL_FOLDERS_ID, type ListSearch, MESSAGES_PAGE_SIZE } from '@/lib/ui/mail-location';

/**
 * A search's query, also for starting it with the Enter that asks for it (top-bar-search.tsx),
 * ahead of the render that shows its results. Keyed under the folder it searched (`*` for all
 * folders), so the cache door that reaches a folder's lists (flag changes, live events) reaches
 * its searches too. The request is cancelled when the search changes or the view goes: the
 * server then closes the connection that was searching.
 */
export function searchResultsQuery(mailboxId: string, search: ListSearch) {
  const scope = search.everywhere ? ALL_FOLDERS_ID : mailboxId;
  return infiniteQueryOptions({
    queryKey: queryKeys.messages.search(scope, search.q),
    queryFn: ({ pageParam, signal }) =>
      api.search({ q: search.q, mailboxId: scope, cursor: pageParam, limit: MESSAGES_PAGE_SIZE }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last: SearchResponse) => last.nextCursor ?? undefined,
  });
}

/** A search's results, a page at a time as the list scrolls, searched on the IMAP server (GET /api/search). */
export function useSearchResults(mailboxId: string, search: ListSearch) {
  return useInfiniteQuery({
    ...searchResultsQuery(mailboxId, search),
    // As a folder's list: a window focus is no reason to search again (live events reach the cache).
    refetchOnWindowFocus: false,
  });
}
