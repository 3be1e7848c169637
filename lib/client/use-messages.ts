import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '@/lib/client/api';
import type { SortKey, SortOrder } from '@/lib/schemas/messages';

/** One request fills about five screens of 56 px rows, small enough to answer quickly from a remote server. */
export const MESSAGES_PAGE_SIZE = 50;

export function messagesQueryKey(mailboxId: string, sort: SortKey, order: SortOrder) {
  return ['messages', mailboxId, sort, order] as const;
}

/**
 * A folder's messages, a page at a time as the list scrolls. The cache keeps a folder's rows
 * for when you come back (shown at once, refreshed after 30 s); a new sort keeps showing the
 * old rows until the new order arrives, instead of a skeleton.
 */
export function useMessages(mailboxId: string, sort: SortKey, order: SortOrder) {
  return useInfiniteQuery({
    queryKey: messagesQueryKey(mailboxId, sort, order),
    queryFn: ({ pageParam, signal }) =>
      api.listMessages(mailboxId, { limit: MESSAGES_PAGE_SIZE, sort, order, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    staleTime: 30_000,
    placeholderData: keepPreviousData,
    // A refetch of an infinite query repeats every loaded page in turn; a window focus is no reason
    // to pull a long folder again (live updates arrive through the sync stream once it exists).
    refetchOnWindowFocus: false,
  });
}
