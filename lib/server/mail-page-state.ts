import 'server-only';
import { type DehydratedState, dehydrate, QueryClient } from '@tanstack/react-query';
import { cache } from 'react';
import { queryKeys } from '@/lib/client/query-keys';
import { readMailboxes } from '@/lib/imap/list-mailboxes';
import { listMessages } from '@/lib/imap/list-messages';
import type { Account } from '@/lib/session/account';
import { DEFAULT_SORT, MESSAGES_PAGE_SIZE } from '@/lib/ui/mail-location';

/**
 * The longest a page waits for IMAP before it is sent without the data: an unreachable server
 * must not hold the whole page (the browser's query then asks again and shows what went wrong).
 * The work goes on after it and warms the pool and the caches for that request.
 */
const BUDGET_MS = 1500;

/**
 * Server-rendered mail pages carry the data the first screen shows, as the browser's query
 * cache will hold it (the same keys, page size and answers as the API). A document load
 * (sign-in, reload, a link) then paints the folders and rows from the HTML before the client's
 * JS has run, and the browser asks for none of it again (issue 12's cold start). Only what
 * succeeded is sent: a failure is left to the browser's own query, which shows it.
 */
async function prefetched(fill: (client: QueryClient) => Promise<unknown>): Promise<DehydratedState> {
  const client = new QueryClient();
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([fill(client), new Promise((resolve) => (timer = setTimeout(resolve, BUDGET_MS)))]);
  clearTimeout(timer);
  return dehydrate(client);
}

/**
 * The folder list, for the folder column and the list's title and counts. Once per request
 * (React's cache): the folder's layout waits for it too (firstPageState).
 */
export const mailboxesState = cache(
  (account: Account): Promise<DehydratedState> =>
    prefetched((client) =>
      client.prefetchQuery({
        queryKey: queryKeys.mailboxes(),
        queryFn: () => readMailboxes(account),
      }),
    ),
);

/**
 * The open folder's first page in the default order, after the folder list. A layout cannot read the query string, so
 * a reload of a list sorted otherwise reads a page it does not show (cheap: the sort and row
 * caches keep it) and the browser asks for its own order.
 */
export async function firstPageState(account: Account, mailbox: { id: string; path: string }): Promise<DehydratedState> {
  // Next renders the two layouts at once. Reading the page after the folder list lets one
  // pooled connection serve both in turn: right after sign-in the session has one, with INBOX
  // selected, and a second would cost a LOGIN and a SELECT (~170 ms on a 100,000-message INBOX).
  await mailboxesState(account);
  const { sort, order } = DEFAULT_SORT;
  return prefetched((client) =>
    client.prefetchInfiniteQuery({
      queryKey: queryKeys.messages.list(mailbox.id, sort, order),
      queryFn: () => listMessages(account, mailbox.path, { limit: MESSAGES_PAGE_SIZE, sort, order }),
      initialPageParam: undefined as string | undefined,
    }),
  );
}
