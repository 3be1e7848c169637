import { type InfiniteData, QueryClient } from '@tanstack/react-query';
import { beforeEach, describe, expect, it } from 'vitest';
import { mergePage } from '@/lib/client/cached-lists';
import { cachedMessages, patchMessages, removeMessages, setMessageFlags } from '@/lib/client/message-cache';
import { queryKeys } from '@/lib/client/query-keys';
import type { MessagesResponse } from '@/lib/schemas/message-list';
import type { SearchRow } from '@/lib/schemas/search';
import { ALL_FOLDERS_ID } from '@/lib/ui/mail-location';
import { summaryRow } from './support/summary-row';

const INBOX = 'SU5CT1g';
const ARCHIVE = 'QXJjaGl2ZQ';
const ACROSS = queryKeys.messages.search(ALL_FOLDERS_ID, 'from:ana');

/** A result of a search across folders: UIDs repeat between folders, ids never do. Newer for a higher UID, Archive's a minute older. */
function result(mailboxId: string, uid: number, flags: string[] = []): SearchRow {
  const date = new Date(Date.UTC(2026, 11, 1, uid, mailboxId === ARCHIVE ? -1 : 0)).toISOString();
  return { ...summaryRow(uid, flags), id: `${mailboxId}-${uid}`, mailboxId, date };
}

/** Two pages, newest first as the search merges them, INBOX's and Archive's rows interleaved; both folders hold UIDs 4 and 2. */
function acrossPages(): InfiniteData<MessagesResponse> {
  return {
    pageParams: [undefined, 'c1'],
    pages: [
      { total: 5, uidValidity: 0, nextCursor: 'c1', messages: [result(INBOX, 4), result(ARCHIVE, 4), result(INBOX, 3)] },
      { total: 5, uidValidity: 0, nextCursor: null, messages: [result(INBOX, 2), result(ARCHIVE, 2)] },
    ],
  };
}

const ids = (client: QueryClient) =>
  (client.getQueryData<InfiniteData<MessagesResponse>>(ACROSS)?.pages ?? []).map((page) => page.messages.map((row) => row.id));

let client: QueryClient;
beforeEach(() => {
  client = new QueryClient();
  client.setQueryData(ACROSS, acrossPages());
});

describe('a search across folders seen by one folder’s cache doors', () => {
  it('takes out only that folder’s rows with the UIDs named, and puts them back where they were', () => {
    const rollback = removeMessages(client, INBOX, [4, 2]);
    expect(ids(client)).toEqual([[`${ARCHIVE}-4`, `${INBOX}-3`], [`${ARCHIVE}-2`]]);
    expect(client.getQueryData<InfiniteData<MessagesResponse>>(ACROSS)?.pages.map((page) => page.total)).toEqual([3, 3]);
    rollback();
    expect(ids(client)).toEqual(acrossPages().pages.map((page) => page.messages.map((row) => row.id)));
    expect(client.getQueryData<InfiniteData<MessagesResponse>>(ACROSS)?.pages.map((page) => page.total)).toEqual([5, 5]);
  });

  it('changes flags on that folder’s rows alone, and every row keeps its folder', () => {
    const rollback = patchMessages(client, ARCHIVE, [4], { add: ['\\Flagged'] });
    const rows = client.getQueryData<InfiniteData<MessagesResponse>>(ACROSS)?.pages.flatMap((page) => page.messages) ?? [];
    expect(rows.filter((row) => row.flags.includes('\\Flagged')).map((row) => row.id)).toEqual([`${ARCHIVE}-4`]);
    expect(rows.map((row) => (row as SearchRow).mailboxId)).toEqual([INBOX, ARCHIVE, INBOX, INBOX, ARCHIVE]);
    rollback();
    expect(client.getQueryData(ACROSS)).toEqual(acrossPages());
  });

  it('applies the server’s flags (a live event) to that folder’s row only', () => {
    setMessageFlags(client, INBOX, [{ uid: 2, flags: ['\\Seen'] }]);
    const rows = client.getQueryData<InfiniteData<MessagesResponse>>(ACROSS)?.pages[1]?.messages ?? [];
    expect(rows.map((row) => [row.id, row.flags])).toEqual([
      [`${INBOX}-2`, ['\\Seen']],
      [`${ARCHIVE}-2`, []],
    ]);
  });

  it('finds the cached rows of that folder only', () => {
    expect([...cachedMessages(client, ARCHIVE, [4, 2, 3]).values()].map((row) => row.id)).toEqual([
      `${ARCHIVE}-4`,
      `${ARCHIVE}-2`,
    ]);
  });
});

describe('mergePage', () => {
  const page = acrossPages().pages[0] as MessagesResponse;

  it('returns the same page when the folder’s rows did not change', () => {
    const view = { ...page, messages: page.messages.filter((row) => (row as SearchRow).mailboxId === INBOX) };
    expect(mergePage(page, view, INBOX)).toBe(page);
  });

  it('puts a row the view added in its place by date among the other folder’s rows', () => {
    const back = { ...result(INBOX, 3), id: 'back', date: new Date(Date.UTC(2026, 11, 1, 3, 30)).toISOString() };
    const view = { ...page, messages: [result(INBOX, 4), back, result(INBOX, 3)] };
    expect(mergePage(page, view, INBOX).messages.map((row) => row.id)).toEqual([
      `${INBOX}-4`,
      `${ARCHIVE}-4`,
      'back',
      `${INBOX}-3`,
    ]);
  });

  it('keeps the order rows of equal date had', () => {
    const tied = { ...page, messages: page.messages.map((row) => ({ ...row, date: '2026-12-01T00:00:00.000Z' })) };
    const view = { ...tied, messages: tied.messages.filter((row) => (row as SearchRow).mailboxId === INBOX) };
    expect(mergePage(tied, view, INBOX)).toBe(tied);
  });
});
