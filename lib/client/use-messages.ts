import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '@/lib/client/api';
import { queryKeys } from '@/lib/client/query-keys';
import type { MessagesResponse, SortKey, SortOrder } from '@/lib/schemas/message-list';
import { MESSAGES_PAGE_SIZE } from '@/lib/ui/mail-location';

/** The list query itself, also for prefetching a folder before its page renders (sign-in, a folder click). */
export function messagesQuery(mailboxId: string, sort: SortKey, order: SortOrder) {
  return infiniteQueryOptions({
    queryKey: queryKeys.messages.list(mailboxId, sort, order),
    queryFn: ({ pageParam, signal }) =>
      api.listMessages(mailboxId, { limit: MESSAGES_PAGE_SIZE, sort, order, cursor: pageParam }, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last: MessagesResponse) => last.nextCursor ?? undefined,
    staleTime: 30_000,
  });
}

/**
 * A folder's messages, a page at a time as the list scrolls. The cache keeps a folder's rows
 * for when you come back (shown at once, refreshed after 30 s); a new sort keeps showing the
 * old rows until the new order arrives, instead of a skeleton. Never another folder's rows:
 * the list would show them under this folder's name, and act on them with its mailbox id.
 */
export function useMessages(mailboxId: string, sort: SortKey, order: SortOrder) {
  return useInfiniteQuery({
    ...messagesQuery(mailboxId, sort, order),
    placeholderData: (previous, previousQuery) =>
      previousQuery?.queryKey[1] === mailboxId ? keepPreviousData(previous) : undefined,
    // A refetch of an infinite query repeats every loaded page in turn; a window focus is no reason
    // to pull a long folder again (live updates arrive through the sync stream once it exists).
    refetchOnWindowFocus: false,
  });
}
