import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import type { MessageSummary, MessagesResponse } from '@/lib/schemas/message-list';

/**
 * The plumbing under the cache doors (message-cache.ts, live-cache.ts): a cached list is
 * written back without looking newer than it is (cached-lists.ts finds a mailbox's lists).
 */
export type ListData = InfiniteData<MessagesResponse>;

/**
 * A write here is not news from the server: the list keeps the time it was fetched. Its
 * rows decide "today" by that time (MessageList's `now`), so a new one would re-render
 * every row for one changed star, and would also reset how stale the list counts as.
 */
export function writeList(queryClient: QueryClient, key: readonly unknown[], data: ListData) {
  queryClient.setQueryData<ListData>(key, data, { updatedAt: queryClient.getQueryState(key)?.dataUpdatedAt });
}

/** The page with each row passed through `change`; the same page object when no row changed. */
export function mapRows(page: MessagesResponse, change: (message: MessageSummary) => MessageSummary): MessagesResponse {
  let changed = false;
  const messages = page.messages.map((message) => {
    const next = change(message);
    if (next !== message) changed = true;
    return next;
  });
  return changed ? { ...page, messages } : page;
}
