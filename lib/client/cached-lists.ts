import type { QueryClient } from '@tanstack/react-query';
import type { MessageSummary, MessagesResponse } from '@/lib/schemas/message-list';
import type { SearchRow } from '@/lib/schemas/search';
import { ALL_FOLDERS_ID } from '@/lib/ui/mail-location';
import { type ListData, writeList } from './list-cache';
import { queryKeys } from './query-keys';

/** A cached list as the cache doors see it: its key, its pages, and how a changed copy is written back. */
export interface CachedList {
  key: readonly unknown[];
  data: ListData;
  write: (data: ListData) => void;
}

/**
 * Which of a mailbox's cached lists a door reaches: `all` of them (every sorted list, every
 * search, and the searches across folders), or only its `sorted` lists (counts, new rows).
 */
export type ListFamily = 'all' | 'sorted';

/**
 * Every cached list holding rows of the mailbox. A search across folders is seen through its
 * rows of this mailbox alone: UIDs name messages of one mailbox (RFC 3501 §2.3.1.1), so a
 * door matching by UID must never meet another folder's row. What the door writes is put back
 * among the other folders' rows, each where it was.
 */
export function cachedLists(queryClient: QueryClient, mailboxId: string, family: ListFamily = 'all'): CachedList[] {
  const key = family === 'all' ? queryKeys.messages.mailbox(mailboxId) : queryKeys.messages.lists(mailboxId);
  const lists: CachedList[] = [];
  for (const [own, data] of queryClient.getQueriesData<ListData>({ queryKey: key })) {
    if (data?.pages) lists.push({ key: own, data, write: (next) => writeList(queryClient, own, next) });
  }
  if (family === 'sorted' || mailboxId === ALL_FOLDERS_ID) return lists;
  for (const [across, data] of queryClient.getQueriesData<ListData>({ queryKey: queryKeys.messages.mailbox(ALL_FOLDERS_ID) })) {
    if (!data?.pages) continue;
    const view = {
      ...data,
      pages: data.pages.map((page) => ({ ...page, messages: page.messages.filter(inMailbox(mailboxId)) })),
    };
    lists.push({
      key: across,
      data: view,
      write: (next) => {
        // The whole list as cached by then (a write earlier in the same door may have changed it).
        const now = queryClient.getQueryData<ListData>(across) ?? data;
        writeList(queryClient, across, {
          ...now,
          pages: now.pages.map((page, index) => mergePage(page, next.pages[index], mailboxId)),
        });
      },
    });
  }
  return lists;
}

/** Runs `update` over every page of the mailbox's cached lists (`family`); writes only the lists it changed. */
export function updateLists(
  queryClient: QueryClient,
  mailboxId: string,
  update: (page: MessagesResponse) => MessagesResponse,
  family: ListFamily = 'all',
): void {
  for (const list of cachedLists(queryClient, mailboxId, family)) {
    const pages = list.data.pages.map((page) => update(page));
    if (pages.some((page, index) => page !== list.data.pages[index])) list.write({ ...list.data, pages });
  }
}

const inMailbox = (mailboxId: string) => (row: MessageSummary) => (row as SearchRow).mailboxId === mailboxId;

/**
 * The page with this mailbox's rows replaced by `view`'s. Both runs are newest first (the
 * search merges its folders by date), so they are merged again by date: a row `view` put
 * back (an undo) lands where it was, one it dropped is gone, other folders' rows keep their
 * order. Rows of equal date keep the order they had.
 */
export function mergePage(page: MessagesResponse, view: MessagesResponse | undefined, mailboxId: string): MessagesResponse {
  if (!view) return page;
  const ours = inMailbox(mailboxId);
  const others = page.messages.filter((row) => !ours(row));
  const was = new Map(page.messages.map((row, index) => [row.id, index]));
  const before = (a: MessageSummary, b: MessageSummary) => {
    const newer = Date.parse(b.date) - Date.parse(a.date);
    return newer !== 0 ? newer < 0 : (was.get(a.id) ?? Infinity) < (was.get(b.id) ?? Infinity);
  };
  const messages: MessageSummary[] = [];
  let i = 0;
  let j = 0;
  while (i < others.length || j < view.messages.length) {
    const other = others[i];
    const mine = view.messages[j];
    if (mine && (!other || before(mine, other))) {
      messages.push(mine);
      j++;
    } else if (other) {
      messages.push(other);
      i++;
    }
  }
  const same =
    view.total === page.total &&
    messages.length === page.messages.length &&
    messages.every((row, index) => row === page.messages[index]);
  // The view's total is the whole search's (a door may have moved it: rows that left it).
  return same ? page : { ...page, messages, total: view.total };
}
