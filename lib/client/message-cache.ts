import { hashKey, type InfiniteData, type QueryClient } from '@tanstack/react-query';
import type { MailboxesResponse } from '@/lib/schemas/mailboxes';
import type { MessageSummary, MessagesResponse } from '@/lib/schemas/message-list';
import { applyFlagChange, type FlagChange, inverseFlagChange } from './flag-change';
import { queryKeys } from './query-keys';
import { type UidSelection, uidMatcher } from './uid-selection';

/**
 * The one place that writes server state into the cache: optimistic changes, their
 * rollback, answers of the API and (later) live events all go through these functions.
 * Each reaches every cached list of the mailbox (every sort order, every search) by the
 * key prefix, never one key at a time.
 *
 * Each returns its rollback: the inverse change, applied to the cache as it is by then, so
 * undoing one change leaves any later change to other messages (or other flags) standing.
 */
export type Rollback = () => void;

type ListData = InfiniteData<MessagesResponse>;

function updateLists(
  queryClient: QueryClient,
  mailboxId: string,
  update: (page: MessagesResponse) => MessagesResponse,
  queryKey: readonly unknown[] = queryKeys.messages.mailbox(mailboxId),
) {
  for (const [key, data] of queryClient.getQueriesData<ListData>({ queryKey })) {
    if (!data?.pages) continue;
    const pages = data.pages.map((page) => update(page));
    if (pages.some((page, index) => page !== data.pages[index])) writeList(queryClient, key, { ...data, pages });
  }
}

/**
 * A write here is not news from the server: the list keeps the time it was fetched. Its
 * rows decide "today" by that time (MessageList's `now`), so a new one would re-render
 * every row for one changed star, and would also reset how stale the list counts as.
 */
function writeList(queryClient: QueryClient, key: readonly unknown[], data: ListData) {
  queryClient.setQueryData<ListData>(key, data, { updatedAt: queryClient.getQueryState(key)?.dataUpdatedAt });
}

function mapRows(page: MessagesResponse, change: (message: MessageSummary) => MessageSummary): MessagesResponse {
  let changed = false;
  const messages = page.messages.map((message) => {
    const next = change(message);
    if (next !== message) changed = true;
    return next;
  });
  return changed ? { ...page, messages } : page;
}

/** The cached rows of these messages, one per UID, from whichever list has them. */
export function cachedMessages(
  queryClient: QueryClient,
  mailboxId: string,
  selection: UidSelection,
): Map<number, MessageSummary> {
  const selected = uidMatcher(selection);
  const found = new Map<number, MessageSummary>();
  for (const [, data] of queryClient.getQueriesData<ListData>({ queryKey: queryKeys.messages.mailbox(mailboxId) })) {
    for (const page of data?.pages ?? []) {
      for (const message of page.messages) if (selected(message.uid) && !found.has(message.uid)) found.set(message.uid, message);
    }
  }
  return found;
}

/** Adds and removes flags on the selected messages wherever they are cached. */
export function patchMessages(
  queryClient: QueryClient,
  mailboxId: string,
  selection: UidSelection,
  change: FlagChange,
): Rollback {
  const before = new Map([...cachedMessages(queryClient, mailboxId, selection)].map(([uid, message]) => [uid, message.flags]));
  const selected = uidMatcher(selection);
  updateLists(queryClient, mailboxId, (page) =>
    mapRows(page, (message) => (selected(message.uid) ? { ...message, flags: applyFlagChange(message.flags, change) } : message)),
  );
  return () =>
    updateLists(queryClient, mailboxId, (page) =>
      mapRows(page, (message) => {
        const flags = before.get(message.uid);
        return flags ? { ...message, flags: applyFlagChange(message.flags, inverseFlagChange(flags, change)) } : message;
      }),
    );
}

/** The server's word on each message's flags (an API answer, a live FETCH): replaces what is cached. */
export function setMessageFlags(
  queryClient: QueryClient,
  mailboxId: string,
  flags: ReadonlyArray<{ uid: number; flags: string[] }>,
) {
  const byUid = new Map(flags.map((entry) => [entry.uid, entry.flags]));
  updateLists(queryClient, mailboxId, (page) =>
    mapRows(page, (message) => {
      const next = byUid.get(message.uid);
      return next ? { ...message, flags: next } : message;
    }),
  );
}

/**
 * Runs `write` now, and again once the mailbox's lists being fetched right now have landed:
 * a page fetch carries every loaded page as it was when the fetch began (an infinite query
 * refetches or extends the whole list), so one that began while a change was shown would put
 * that change back over a rollback, or old flags over the server's answer. `write` must be
 * idempotent.
 */
export function writeThroughFetches(queryClient: QueryClient, mailboxId: string, write: () => void): void {
  write();
  const fetching = queryClient
    .getQueryCache()
    .findAll({ queryKey: queryKeys.messages.mailbox(mailboxId), fetchStatus: 'fetching' });
  if (fetching.length > 0) void Promise.allSettled(fetching.map((query) => query.promise)).then(write);
}

/** Takes the selected messages out of every cached list (moved, deleted, expunged elsewhere). */
export function removeMessages(queryClient: QueryClient, mailboxId: string, selection: UidSelection): Rollback {
  const selected = uidMatcher(selection);
  const listKey = queryKeys.messages.mailbox(mailboxId);
  const removed = new Map<string, RemovedRow[]>();
  for (const [key, data] of queryClient.getQueriesData<ListData>({ queryKey: listKey })) {
    if (!data?.pages) continue;
    const gone: RemovedRow[] = [];
    const pages = data.pages.map((page, pageIndex) => {
      const kept = page.messages.filter((message, index) => {
        if (!selected(message.uid)) return true;
        gone.push({ page: pageIndex, index, message });
        return false;
      });
      return kept.length === page.messages.length ? page : { ...page, messages: kept };
    });
    if (gone.length === 0) continue;
    removed.set(hashKey(key), gone);
    writeList(queryClient, key, { ...data, pages });
  }
  return () => {
    for (const [key, data] of queryClient.getQueriesData<ListData>({ queryKey: listKey })) {
      const gone = removed.get(hashKey(key));
      if (!data?.pages || !gone) continue;
      const present = new Set(data.pages.flatMap((page) => page.messages.map((message) => message.uid)));
      const pages = data.pages.map((page) => ({ ...page, messages: [...page.messages] }));
      // Back where each row was, unless a refetch meanwhile has it already.
      for (const { page, index, message } of gone) if (!present.has(message.uid)) pages[page]?.messages.splice(index, 0, message);
      writeList(queryClient, key, { ...data, pages });
    }
  };
}

interface RemovedRow {
  page: number;
  index: number;
  message: MessageSummary;
}

export interface CountsDelta {
  unseen?: number;
  total?: number;
}

/**
 * Moves a folder's counts: the folder tree's entry and the counts every sorted list carries.
 * A search's counts are its own (the message may not match it) and stay as they are.
 */
export function patchCounts(queryClient: QueryClient, mailboxId: string, delta: CountsDelta): Rollback {
  applyCounts(queryClient, mailboxId, delta);
  return () => applyCounts(queryClient, mailboxId, { unseen: -(delta.unseen ?? 0), total: -(delta.total ?? 0) });
}

function applyCounts(queryClient: QueryClient, mailboxId: string, { unseen = 0, total = 0 }: CountsDelta) {
  if (unseen === 0 && total === 0) return;
  const move = (count: number | null, by: number) => (count === null ? null : Math.max(0, count + by));
  queryClient.setQueryData<MailboxesResponse>(queryKeys.mailboxes(), (data) =>
    data
      ? {
          ...data,
          mailboxes: data.mailboxes.map((mailbox) =>
            mailbox.id === mailboxId
              ? { ...mailbox, unseen: move(mailbox.unseen, unseen), total: move(mailbox.total, total) }
              : mailbox,
          ),
        }
      : data,
  );
  updateLists(
    queryClient,
    mailboxId,
    (page) => ({ ...page, total: Math.max(0, page.total + total) }),
    queryKeys.messages.lists(mailboxId),
  );
}
