import { hashKey, type QueryClient } from '@tanstack/react-query';
import type { MailboxesResponse } from '@/lib/schemas/mailboxes';
import type { MessageSummary, MessagesResponse } from '@/lib/schemas/message-list';
import { ALL_FOLDERS_ID } from '@/lib/ui/mail-location';
import { cachedLists, updateLists } from './cached-lists';
import { applyFlagChange, type FlagChange, inverseFlagChange } from './flag-change';
import { mapRows } from './list-cache';
import { isStaleModseq, parseModseq } from './modseq';
import { isSearchKey, queryKeys } from './query-keys';
import { type UidSelection, uidMatcher } from './uid-selection';

/**
 * The one place that writes server state into the cache: optimistic changes, their
 * rollback, answers of the API and live events (with live-cache.ts) go through these functions.
 * Each reaches every cached list of the mailbox (every sort order, every search) by the
 * key prefix, never one key at a time.
 *
 * Each returns its rollback: the inverse change, applied to the cache as it is by then, so
 * undoing one change leaves any later change to other messages (or other flags) standing.
 */
export type Rollback = () => void;

/** The cached rows of these messages, one per UID, from whichever list has them. */
export function cachedMessages(
  queryClient: QueryClient,
  mailboxId: string,
  selection: UidSelection,
): Map<number, MessageSummary> {
  const selected = uidMatcher(selection);
  const found = new Map<number, MessageSummary>();
  for (const { data } of cachedLists(queryClient, mailboxId)) {
    for (const page of data.pages) {
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

/** A message's flags as the server stated them, at `modseq` where the server has CONDSTORE. */
export interface ServerFlags {
  uid: number;
  flags: string[];
  modseq?: string;
}

/**
 * The server's word on each message's flags (an API answer, a live event): replaces what is
 * cached, unless the row already shows a later state. RFC 7162: a higher modseq is a later
 * change, so an answer that was overtaken on the way (another client's change arrived first
 * by event) must not put the older flags back. The row keeps the modseq it now shows.
 */
export function setMessageFlags(queryClient: QueryClient, mailboxId: string, flags: readonly ServerFlags[]) {
  const byUid = new Map(flags.map((entry) => [entry.uid, entry]));
  updateLists(queryClient, mailboxId, (page) =>
    mapRows(page, (message) => {
      const next = byUid.get(message.uid);
      if (!next || isStaleModseq(next.modseq, message.modseq)) return message;
      const modseq = parseModseq(next.modseq) === null ? message.modseq : next.modseq;
      return { ...message, flags: next.flags, ...(modseq === undefined ? {} : { modseq }) };
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
  const cache = queryClient.getQueryCache();
  const fetching = [mailboxId, ALL_FOLDERS_ID].flatMap((id) =>
    cache.findAll({ queryKey: queryKeys.messages.mailbox(id), fetchStatus: 'fetching' }),
  );
  if (fetching.length > 0) void Promise.allSettled(fetching.map((query) => query.promise)).then(write);
}

/** Takes the selected messages out of every cached list (moved, deleted, expunged elsewhere). */
export function removeMessages(queryClient: QueryClient, mailboxId: string, selection: UidSelection): Rollback {
  const selected = uidMatcher(selection);
  const removed = new Map<string, RemovedRow[]>();
  for (const list of cachedLists(queryClient, mailboxId)) {
    const gone: RemovedRow[] = [];
    const pages = list.data.pages.map((page, pageIndex) => {
      const kept = page.messages.filter((message, index) => {
        if (!selected(message.uid)) return true;
        gone.push({ page: pageIndex, index, message });
        return false;
      });
      return kept.length === page.messages.length ? page : { ...page, messages: kept };
    });
    if (gone.length === 0) continue;
    removed.set(hashKey(list.key), gone);
    list.write({ ...list.data, pages: withSearchTotal(list.key, pages, -gone.length) });
  }
  return () => {
    for (const list of cachedLists(queryClient, mailboxId)) {
      const gone = removed.get(hashKey(list.key));
      if (!gone) continue;
      const present = new Set(list.data.pages.flatMap((page) => page.messages.map((message) => message.uid)));
      const pages = list.data.pages.map((page) => ({ ...page, messages: [...page.messages] }));
      // Back where each row was, unless a refetch meanwhile has it already.
      const back = gone.filter(({ message }) => !present.has(message.uid));
      for (const { page, index, message } of back) pages[page]?.messages.splice(index, 0, message);
      list.write({ ...list.data, pages: withSearchTotal(list.key, pages, back.length) });
    }
  };
}

/**
 * A search's count moved by the rows that left it or came back: each was a match. A sorted
 * list's total is the folder's, which patchCounts and the server's counts move instead.
 */
function withSearchTotal(key: readonly unknown[], pages: MessagesResponse[], by: number): MessagesResponse[] {
  if (!isSearchKey(key) || by === 0) return pages;
  return pages.map((page) => ({ ...page, total: Math.max(0, page.total + by) }));
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
  updateLists(queryClient, mailboxId, (page) => ({ ...page, total: Math.max(0, page.total + total) }), 'sorted');
}
