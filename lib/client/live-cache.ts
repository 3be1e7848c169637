import type { QueryClient } from '@tanstack/react-query';
import type { MailboxesResponse } from '@/lib/schemas/mailboxes';
import type { MessageSummary, MessagesResponse } from '@/lib/schemas/message-list';
import { SORT_KEYS, SORT_ORDERS } from '@/lib/schemas/values';
import { listOrder } from '@/lib/ui/list-order';
import { updateLists } from './cached-lists';
import { type ListData, writeList } from './list-cache';
import { removeMessages } from './message-cache';
import { queryKeys } from './query-keys';
import type { UidSelection } from './uid-selection';

/**
 * The cache doors live events need besides message-cache.ts: a new row put in its place,
 * rows expunged, a folder's counts as the server states them. Every one is idempotent (an
 * event replayed after a reconnect, or written again after a page fetch landed, changes
 * nothing more), and none refetches a list. Totals move only with the `mailbox` event, the
 * server's own count: a row event that also counted would count twice whenever the counts
 * arrive first (NOTIFY pushes them as fast as IDLE pushes the row).
 */

/**
 * A new message into every cached sorted list of its mailbox (a search may not match it), at
 * the place the server's order gives it. A row that would land after the last loaded one while
 * more pages exist is left out: the next page brings it (the page cursor anchors on the last
 * UID shown, lib/imap/list/list-cursor.ts, so inserting above it neither skips nor repeats a
 * row). A list that has the UID already is left alone.
 */
export function insertMessage(queryClient: QueryClient, mailboxId: string, message: MessageSummary): void {
  for (const [key, data] of queryClient.getQueriesData<ListData>({ queryKey: queryKeys.messages.lists(mailboxId) })) {
    const sort = SORT_KEYS.find((candidate) => candidate === key[3]);
    const order = SORT_ORDERS.find((candidate) => candidate === key[4]);
    if (!data?.pages?.length || !sort || !order) continue;
    const pages = withRow(data.pages, message, listOrder(sort, order));
    if (pages) writeList(queryClient, key, { ...data, pages });
  }
}

function withRow(
  pages: readonly MessagesResponse[],
  message: MessageSummary,
  order: (a: MessageSummary, b: MessageSummary) => number,
): MessagesResponse[] | null {
  if (pages.some((page) => page.messages.some((row) => row.uid === message.uid))) return null;
  const at = placeOf(pages, (row) => order(message, row) < 0);
  if (!at) return null;
  return pages.map((page, index) => {
    const { messages } = page;
    const next = index === at.page ? [...messages.slice(0, at.index), message, ...messages.slice(at.index)] : messages;
    return next === messages ? page : { ...page, messages: next };
  });
}

/** Before the first loaded row that `comesAfter` the new one; after the last row only when no page follows it. */
function placeOf(pages: readonly MessagesResponse[], comesAfter: (row: MessageSummary) => boolean) {
  for (const [page, { messages }] of pages.entries()) {
    const index = messages.findIndex(comesAfter);
    if (index >= 0) return { page, index };
  }
  const last = pages.at(-1);
  return last && last.nextCursor === null ? { page: pages.length - 1, index: last.messages.length } : null;
}

/**
 * Messages expunged by anyone: out of every list of the mailbox. Rows already gone (this tab's
 * own move took them out at once) change nothing, so the echo of our own move does not touch
 * the move's rollback, which keeps its own copy of the rows it took.
 */
export function expungeMessages(queryClient: QueryClient, mailboxId: string, uids: UidSelection): void {
  removeMessages(queryClient, mailboxId, uids);
}

export interface MailboxCounts {
  total: number;
  unseen: number;
}

/** A folder's counts as the server now states them (never a delta): its folder tree entry and its sorted lists' totals. */
export function setMailboxCounts(queryClient: QueryClient, mailboxId: string, { total, unseen }: MailboxCounts): void {
  queryClient.setQueryData<MailboxesResponse>(queryKeys.mailboxes(), (data) => {
    const entry = data?.mailboxes.find((mailbox) => mailbox.id === mailboxId);
    if (!data || !entry || (entry.total === total && entry.unseen === unseen)) return data;
    return { ...data, mailboxes: data.mailboxes.map((mailbox) => (mailbox === entry ? { ...mailbox, total, unseen } : mailbox)) };
  });
  updateLists(queryClient, mailboxId, (page) => (page.total === total ? page : { ...page, total }), 'sorted');
}
