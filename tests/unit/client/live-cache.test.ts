import { type InfiniteData, QueryClient } from '@tanstack/react-query';
import { beforeEach, describe, expect, it } from 'vitest';
import { expungeMessages, insertMessage, setMailboxCounts } from '@/lib/client/live-cache';
import { removeMessages } from '@/lib/client/message-cache';
import { queryKeys } from '@/lib/client/query-keys';
import type { Mailbox, MailboxesResponse } from '@/lib/schemas/mailboxes';
import type { MessageSummary, MessagesResponse, SortKey, SortOrder } from '@/lib/schemas/message-list';
import { mailboxFixture } from '../../support/mailbox-fixture';
import { summaryRow } from './support/summary-row';

const INBOX = 'SU5CT1g';
const ARCHIVE = 'QXJjaGl2ZQ';

/** Rows in pages of two, as the API sends them; `more` leaves a next page on the server. */
function pages(rows: MessageSummary[], { total = rows.length, more = false } = {}): InfiniteData<MessagesResponse> {
  const chunks: MessageSummary[][] = [];
  for (let i = 0; i < rows.length; i += 2) chunks.push(rows.slice(i, i + 2));
  return {
    pageParams: chunks.map((_, i) => (i === 0 ? undefined : `c${i}`)),
    pages: chunks.map((messages, i) => ({
      total,
      uidValidity: 7,
      messages,
      nextCursor: i < chunks.length - 1 || more ? `c${i + 1}` : null,
    })),
  };
}

const row = (uid: number, fields: Partial<MessageSummary> = {}): MessageSummary => ({ ...summaryRow(uid), ...fields });
const at = (hour: number) => `2026-12-01T${String(hour).padStart(2, '0')}:00:00.000Z`;

let client: QueryClient;
beforeEach(() => {
  client = new QueryClient();
});

const list = (key: readonly unknown[]) => client.getQueryData<InfiniteData<MessagesResponse>>(key);
const uidsOf = (key: readonly unknown[]) => list(key)?.pages.flatMap((page) => page.messages.map((message) => message.uid));
const totalsOf = (key: readonly unknown[]) => list(key)?.pages.map((page) => page.total);

describe('insertMessage: where the new row goes, as the server would sort it', () => {
  // [sort, order, the loaded rows in the server's order, the new row (uid 9), the order after]
  const cases: Array<[SortKey, SortOrder, MessageSummary[], MessageSummary, number[]]> = [
    [
      'date',
      'desc',
      [row(4, { date: at(10) }), row(3, { date: at(9) }), row(2, { date: at(8) }), row(1, { date: at(7) })],
      row(9, { date: '2026-12-01T08:30:00Z' }),
      [4, 3, 9, 2, 1],
    ],
    [
      'date',
      'asc',
      [row(1, { date: at(7) }), row(2, { date: at(8) }), row(3, { date: at(9) }), row(4, { date: at(10) })],
      row(9, { date: '2026-12-01T09:30:00+01:00' }),
      [1, 2, 9, 3, 4],
    ],
    ['arrival', 'desc', [row(4), row(3), row(2), row(1)], row(9), [9, 4, 3, 2, 1]],
    ['arrival', 'asc', [row(1), row(2), row(3), row(4)], row(9), [1, 2, 3, 4, 9]],
    ...(['asc', 'desc'] as const).map((order): [SortKey, SortOrder, MessageSummary[], MessageSummary, number[]] => {
      // RFC 5256 FROM: the first address's local part, case-folded; the display name plays no part.
      const from = (uid: number, local: string, name = '') => row(uid, { from: [{ name, address: `${local}@example.com` }] });
      const rows = [from(1, 'alice', 'Zoe'), from(2, 'bob'), from(3, 'dave'), from(4, 'erin', 'Aaron')];
      const after = [1, 2, 9, 3, 4];
      return [
        'from',
        order,
        order === 'asc' ? rows : rows.toReversed(),
        from(9, 'Carol', 'Zed'),
        order === 'asc' ? after : after.toReversed(),
      ];
    }),
    ...(['asc', 'desc'] as const).map((order): [SortKey, SortOrder, MessageSummary[], MessageSummary, number[]] => {
      // RFC 5256 SUBJECT: the base subject ("Re:" and "[list]" off), case-folded.
      const subject = (uid: number, text: string) => row(uid, { subject: text });
      const rows = [subject(1, 'Apple'), subject(2, 'banana'), subject(3, 'Date'), subject(4, 'Eel')];
      const after = [1, 2, 9, 3, 4];
      return [
        'subject',
        order,
        order === 'asc' ? rows : rows.toReversed(),
        subject(9, 'Re: [fruit] Cherry'),
        order === 'asc' ? after : after.toReversed(),
      ];
    }),
    [
      'size',
      'asc',
      [row(1, { size: 100 }), row(2, { size: 200 }), row(3, { size: 400 }), row(4, { size: 800 })],
      row(9, { size: 300 }),
      [1, 2, 9, 3, 4],
    ],
    [
      'size',
      'desc',
      [row(4, { size: 800 }), row(3, { size: 400 }), row(2, { size: 200 }), row(1, { size: 100 })],
      row(9, { size: 300 }),
      [4, 3, 9, 2, 1],
    ],
    // Ties keep mailbox (UID) order, under REVERSE too (RFC 5256 §3): the newest UID goes after its equals.
    [
      'date',
      'desc',
      [row(4, { date: at(10) }), row(3, { date: at(9) }), row(2, { date: at(9) }), row(1, { date: at(7) })],
      row(9, { date: at(9) }),
      [4, 3, 2, 9, 1],
    ],
    [
      'size',
      'asc',
      [row(1, { size: 100 }), row(2, { size: 300 }), row(3, { size: 300 }), row(4, { size: 800 })],
      row(9, { size: 300 }),
      [1, 2, 3, 9, 4],
    ],
  ];

  it.each(cases)('%s %s', (sort, order, rows, message, expected) => {
    const key = queryKeys.messages.list(INBOX, sort, order);
    client.setQueryData(key, pages(rows));
    insertMessage(client, INBOX, message);
    expect(uidsOf(key)).toEqual(expected);
    // The count is the `mailbox` event's: a row event that counted too would count twice.
    expect(new Set(totalsOf(key))).toEqual(new Set([4]));
  });

  it('reaches every sorted list of the mailbox, each in its own order, and no search', () => {
    const byDate = queryKeys.messages.list(INBOX, 'date', 'desc');
    const bySize = queryKeys.messages.list(INBOX, 'size', 'asc');
    const search = queryKeys.messages.search(INBOX, 'invoice');
    const other = queryKeys.messages.list(ARCHIVE, 'date', 'desc');
    client.setQueryData(byDate, pages([row(2, { date: at(9), size: 50 }), row(1, { date: at(8), size: 500 })]));
    client.setQueryData(bySize, pages([row(2, { date: at(9), size: 50 }), row(1, { date: at(8), size: 500 })]));
    client.setQueryData(search, pages([row(1)]));
    client.setQueryData(other, pages([row(1)]));
    insertMessage(client, INBOX, row(3, { date: at(10), size: 100 }));
    expect(uidsOf(byDate)).toEqual([3, 2, 1]);
    expect(uidsOf(bySize)).toEqual([2, 3, 1]);
    expect(uidsOf(search)).toEqual([1]);
    expect(uidsOf(other)).toEqual([1]);
  });

  it('lands inside the page it sorts into, leaving the count to the counts event', () => {
    const key = queryKeys.messages.list(INBOX, 'date', 'desc');
    client.setQueryData(
      key,
      pages([row(6, { date: at(12) }), row(5, { date: at(11) }), row(4, { date: at(10) }), row(3, { date: at(9) })], {
        total: 40,
        more: true,
      }),
    );
    insertMessage(client, INBOX, row(9, { date: '2026-12-01T10:30:00Z' }));
    expect(list(key)?.pages.map((page) => page.messages.map((message) => message.uid))).toEqual([
      [6, 5],
      [9, 4, 3],
    ]);
    expect(totalsOf(key)).toEqual([40, 40]);
  });

  it('leaves a row that sorts past the loaded end to the next page while one exists', () => {
    const key = queryKeys.messages.list(INBOX, 'date', 'desc');
    const before = pages([row(4, { date: at(10) }), row(3, { date: at(9) })], { total: 30, more: true });
    client.setQueryData(key, before);
    insertMessage(client, INBOX, row(9, { date: at(1) }));
    expect(list(key)).toBe(before);
    // The same row, once the list is loaded to its end, goes last.
    client.setQueryData(key, pages([row(4, { date: at(10) }), row(3, { date: at(9) })]));
    insertMessage(client, INBOX, row(9, { date: at(1) }));
    expect(uidsOf(key)).toEqual([4, 3, 9]);
    expect(totalsOf(key)).toEqual([2]);
  });

  it('ignores a UID the list has already (a replay, or the page fetch brought it)', () => {
    const key = queryKeys.messages.list(INBOX, 'arrival', 'desc');
    client.setQueryData(key, pages([row(4), row(3)]));
    insertMessage(client, INBOX, row(5));
    const once = list(key);
    insertMessage(client, INBOX, row(5));
    insertMessage(client, INBOX, row(3));
    expect(list(key)).toBe(once);
    expect(uidsOf(key)).toEqual([5, 4, 3]);
    expect(totalsOf(key)).toEqual([2]);
  });

  it('shows the first message of an empty folder', () => {
    const key = queryKeys.messages.list(INBOX, 'date', 'desc');
    client.setQueryData<InfiniteData<MessagesResponse>>(key, {
      pageParams: [undefined],
      pages: [{ total: 0, uidValidity: 7, messages: [], nextCursor: null }],
    });
    insertMessage(client, INBOX, row(1));
    expect(uidsOf(key)).toEqual([1]);
    expect(totalsOf(key)).toEqual([0]);
  });
});

describe('expungeMessages', () => {
  const byDate = queryKeys.messages.list(INBOX, 'date', 'desc');
  const search = queryKeys.messages.search(INBOX, 'invoice');
  beforeEach(() => {
    client.setQueryData(byDate, pages([row(4), row(3), row(2), row(1)], { total: 10, more: true }));
    client.setQueryData(search, pages([row(3), row(1)]));
  });

  it('takes the rows out of every list, leaving the count to the counts event', () => {
    expungeMessages(client, INBOX, [3, 1, 77]);
    expect(uidsOf(byDate)).toEqual([4, 2]);
    expect(totalsOf(byDate)).toEqual([10, 10]);
    expect(uidsOf(search)).toEqual([]);
  });

  it('is a no-op for rows this tab took out already (its own move), and the move’s rollback still puts them back', () => {
    const rollback = removeMessages(client, INBOX, [3]);
    const moved = list(byDate);
    const searched = list(search);
    expungeMessages(client, INBOX, [3]);
    expect(list(byDate)).toBe(moved);
    expect(list(search)).toBe(searched);
    expect(totalsOf(byDate)).toEqual([10, 10]);
    rollback();
    expect(uidsOf(byDate)).toEqual([4, 3, 2, 1]);
  });

  it('applied twice, changes nothing more', () => {
    expungeMessages(client, INBOX, '2:3');
    const once = list(byDate);
    expungeMessages(client, INBOX, '2:3');
    expect(list(byDate)).toBe(once);
    expect(uidsOf(byDate)).toEqual([4, 1]);
  });
});

describe('setMailboxCounts', () => {
  const entry = (id: string) => client.getQueryData<MailboxesResponse>(queryKeys.mailboxes())?.mailboxes.find((m) => m.id === id);
  const mailbox = (id: string, path: string, total: number, unseen: number): Mailbox =>
    mailboxFixture(path, { id, total, unseen });

  it('sets the folder’s counts in the tree and its sorted lists’ totals (not a delta), and leaves searches and other folders', () => {
    const byDate = queryKeys.messages.list(INBOX, 'date', 'desc');
    const search = queryKeys.messages.search(INBOX, 'invoice');
    client.setQueryData(byDate, pages([row(4), row(3), row(2)], { total: 3 }));
    client.setQueryData(search, pages([row(3)]));
    client.setQueryData<MailboxesResponse>(queryKeys.mailboxes(), {
      mailboxes: [mailbox(INBOX, 'INBOX', 3, 1), mailbox(ARCHIVE, 'Archive', 5, 0)],
      sharing: true,
      openByName: false,
    });
    setMailboxCounts(client, INBOX, { total: 12, unseen: 4 });
    setMailboxCounts(client, INBOX, { total: 12, unseen: 4 });
    expect(entry(INBOX)).toMatchObject({ total: 12, unseen: 4 });
    expect(entry(ARCHIVE)).toMatchObject({ total: 5, unseen: 0 });
    expect(totalsOf(byDate)).toEqual([12, 12]);
    expect(totalsOf(search)).toEqual([1]);
  });
});
