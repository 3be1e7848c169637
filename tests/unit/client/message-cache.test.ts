import { type InfiniteData, QueryClient } from '@tanstack/react-query';
import { beforeEach, describe, expect, it } from 'vitest';
import { cachedMessages, patchCounts, patchMessages, removeMessages, setMessageFlags } from '@/lib/client/message-cache';
import { queryKeys } from '@/lib/client/query-keys';
import type { Mailbox, MailboxesResponse } from '@/lib/schemas/mailboxes';
import type { MessagesResponse } from '@/lib/schemas/message-list';
import { mailboxFixture } from '../../support/mailbox-fixture';
import { summaryRow } from './support/summary-row';

const INBOX = 'SU5CT1g';
const ARCHIVE = 'QXJjaGl2ZQ';

/** A list in pages of two, as the API sends them: counts on the first page, total on each. */
function pages(uids: number[], unread: ReadonlySet<number>, total = uids.length): InfiniteData<MessagesResponse> {
  const chunks: number[][] = [];
  for (let i = 0; i < uids.length; i += 2) chunks.push(uids.slice(i, i + 2));
  return {
    pageParams: chunks.map((_, i) => (i === 0 ? undefined : `c${i}`)),
    pages: chunks.map((chunk, i) => ({
      total,
      uidValidity: 7,
      messages: chunk.map((uid) => summaryRow(uid, unread.has(uid) ? [] : ['\\Seen'])),
      nextCursor: i < chunks.length - 1 ? `c${i + 1}` : null,
    })),
  };
}

function mailbox(id: string, path: string, total: number, unseen: number): Mailbox {
  return mailboxFixture(path, { id, total, unseen });
}

let client: QueryClient;
const unread = new Set([2, 3, 5]);
const LIST_DATE = queryKeys.messages.list(INBOX, 'date', 'desc');
const LIST_FROM = queryKeys.messages.list(INBOX, 'from', 'asc');
const SEARCH = queryKeys.messages.search(INBOX, 'invoice');
const lists: ReadonlyArray<readonly unknown[]> = [LIST_DATE, LIST_FROM, SEARCH];

beforeEach(() => {
  client = new QueryClient();
  client.setQueryData(LIST_DATE, pages([6, 5, 4, 3, 2, 1], unread));
  client.setQueryData(LIST_FROM, pages([3, 1, 5, 2, 6, 4], unread));
  client.setQueryData(SEARCH, pages([5, 2], new Set([5, 2]), 2));
  client.setQueryData(queryKeys.messages.list(ARCHIVE, 'date', 'desc'), pages([3, 2], new Set([3, 2])));
  client.setQueryData<MailboxesResponse>(queryKeys.mailboxes(), {
    mailboxes: [mailbox(INBOX, 'INBOX', 6, 3), mailbox(ARCHIVE, 'Archive', 2, 2)],
    sharing: true,
    openByName: false,
  });
});

const list = (key: readonly unknown[]) => client.getQueryData<InfiniteData<MessagesResponse>>(key);
const flagsOf = (key: readonly unknown[], uid: number) =>
  list(key)
    ?.pages.flatMap((page) => page.messages)
    .find((message) => message.uid === uid)?.flags;
const uidsOf = (key: readonly unknown[]) => list(key)?.pages.flatMap((page) => page.messages.map((message) => message.uid));
const inboxEntry = () => client.getQueryData<MailboxesResponse>(queryKeys.mailboxes())?.mailboxes.find((m) => m.id === INBOX);

describe('patchMessages', () => {
  it('reaches the message on every page of every cached sort and search of its mailbox, and no other mailbox', () => {
    patchMessages(client, INBOX, [2, 5], { add: ['\\Seen', '\\Flagged'] });
    for (const key of lists) {
      expect(flagsOf(key, 2), JSON.stringify(key)).toEqual(['\\Seen', '\\Flagged']);
      expect(flagsOf(key, 5), JSON.stringify(key)).toEqual(['\\Seen', '\\Flagged']);
    }
    // Page 2 of the date order and page 3 of the from order hold them: later pages are reached too.
    expect(flagsOf(LIST_DATE, 4)).toEqual(['\\Seen']);
    expect(flagsOf(queryKeys.messages.list(ARCHIVE, 'date', 'desc'), 2)).toEqual([]);
  });

  it('takes a UID set string without expanding it', () => {
    patchMessages(client, INBOX, '2:3,5', { add: ['$label1'] });
    expect(uidsOf(LIST_DATE)?.filter((uid) => flagsOf(LIST_DATE, uid)?.includes('$label1'))).toEqual([5, 3, 2]);
  });

  it('rolls back only what it changed: a flag the message had stays, a later change to another flag stays', () => {
    const rollback = patchMessages(client, INBOX, [3, 4], { add: ['\\Seen'], remove: ['\\Flagged'] });
    expect(flagsOf(LIST_DATE, 3)).toEqual(['\\Seen']);
    patchMessages(client, INBOX, [3], { add: ['$label2'] });
    rollback();
    expect(flagsOf(LIST_DATE, 3)).toEqual(['$label2']);
    // Message 4 was \Seen before: removing it again would be a wrong rollback.
    expect(flagsOf(LIST_FROM, 4)).toEqual(['\\Seen']);
  });

  it('replaces flags with the server’s answer', () => {
    setMessageFlags(client, INBOX, [{ uid: 6, flags: ['\\Seen', '$Junk'] }]);
    for (const key of lists.slice(0, 2)) expect(flagsOf(key, 6)).toEqual(['\\Seen', '$Junk']);
  });

  it('finds each cached message once, from any list', () => {
    expect([...cachedMessages(client, INBOX, [2, 5, 99]).keys()].sort()).toEqual([2, 5]);
  });
});

describe('a cache write', () => {
  const fetchedAt = (key: readonly unknown[]) => client.getQueryState(key)?.dataUpdatedAt;

  it('keeps each list’s fetch time, so rows deciding “today” by it do not all re-render', () => {
    client.setQueryData(LIST_DATE, list(LIST_DATE), { updatedAt: 1_000 });
    client.setQueryData(SEARCH, list(SEARCH), { updatedAt: 2_000 });
    const undoFlags = patchMessages(client, INBOX, [5], { add: ['\\Flagged'] });
    setMessageFlags(client, INBOX, [{ uid: 5, flags: ['\\Flagged'] }]);
    const undoRemove = removeMessages(client, INBOX, [2]);
    patchCounts(client, INBOX, { total: -1 });
    undoRemove();
    undoFlags();
    expect(flagsOf(LIST_DATE, 5)).toEqual([]);
    expect(fetchedAt(LIST_DATE)).toBe(1_000);
    expect(fetchedAt(SEARCH)).toBe(2_000);
  });
});

describe('removeMessages', () => {
  it('takes the messages out of every list of the mailbox, and the rollback puts them back in place', () => {
    const rollback = removeMessages(client, INBOX, [2, 5]);
    expect(uidsOf(LIST_DATE)).toEqual([6, 4, 3, 1]);
    expect(uidsOf(LIST_FROM)).toEqual([3, 1, 6, 4]);
    expect(uidsOf(SEARCH)).toEqual([]);
    expect(uidsOf(queryKeys.messages.list(ARCHIVE, 'date', 'desc'))).toEqual([3, 2]);
    rollback();
    expect(uidsOf(LIST_DATE)).toEqual([6, 5, 4, 3, 2, 1]);
    expect(uidsOf(LIST_FROM)).toEqual([3, 1, 5, 2, 6, 4]);
    expect(uidsOf(SEARCH)).toEqual([5, 2]);
  });

  it('counts a search’s rows that left it out of its total (each was a match), and back in on rollback; a list’s total is the folder’s', () => {
    const totals = (key: readonly unknown[]) =>
      client.getQueryData<InfiniteData<MessagesResponse>>(key)?.pages.map((page) => page.total);
    const rollback = removeMessages(client, INBOX, [2, 4]);
    expect(totals(SEARCH)).toEqual([1]);
    expect(totals(LIST_DATE)).toEqual([6, 6, 6]);
    // The live expunge of the same move finds nothing more to take: the count moves once.
    removeMessages(client, INBOX, [2, 4]);
    expect(totals(SEARCH)).toEqual([1]);
    rollback();
    expect(totals(SEARCH)).toEqual([2]);
  });
});

describe('patchCounts', () => {
  it('moves the folder tree’s counts and every list’s total, and rolls back', () => {
    const rollback = patchCounts(client, INBOX, { unseen: -2, total: -1 });
    expect(inboxEntry()).toMatchObject({ unseen: 1, total: 5 });
    expect(list(LIST_DATE)?.pages.map((page) => page.total)).toEqual([5, 5, 5]);
    // A search counts its own matches: the folder's change says nothing about them.
    expect(list(SEARCH)?.pages[0]).toMatchObject({ total: 2 });
    expect(client.getQueryData<MailboxesResponse>(queryKeys.mailboxes())?.mailboxes[1]).toMatchObject({ unseen: 2, total: 2 });
    rollback();
    expect(inboxEntry()).toMatchObject({ unseen: 3, total: 6 });
    expect(list(LIST_FROM)?.pages[0]).toMatchObject({ total: 6 });
  });
});
