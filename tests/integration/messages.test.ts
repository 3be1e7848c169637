import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailboxId } from '@/lib/ids';
import { closeSession } from '@/lib/imap/connection/pool';
import { listMessages } from '@/lib/imap/list-messages';
import type { MailboxesResponse } from '@/lib/schemas/mailboxes';
import type { MessagesResponse, SortKey, SortOrder } from '@/lib/schemas/message-list';
import type { Account } from '@/lib/session/account';
import { indexAndSubscribe } from '../../scripts/seed/index-and-subscribe';
import { seedMailbox } from '../../scripts/seed/seed-mailbox';
import { withDirectImap } from './support/direct-imap';
import { AppClient } from './support/http-client';
import { IMAP4REV1_COMMANDS, sentCommands } from './support/rawlog';
import { IMAP, IMAP_MINIMAL } from './support/servers';
import { freshUser, type TestUser } from './support/users';

const COUNT = 5_000;
let owner: TestUser;
const client = new AppClient();

const account = (port: number): Account => ({
  sessionId: `messages-${port}`,
  user: owner.user,
  password: owner.password,
  host: IMAP.host,
  port,
  tls: 'false',
});

beforeAll(async () => {
  owner = freshUser('msg');
  indexAndSubscribe(await seedMailbox({ user: owner.user, count: COUNT }));
  expect((await client.signIn(owner.user, owner.password)).status).toBe(200);
}, 120_000);

afterAll(async () => {
  await Promise.all([closeSession(account(IMAP.port)), closeSession(account(IMAP_MINIMAL.port))]);
});

/** Every UID of INBOX in list order, page by page through the cursor. */
async function pageThrough(fetchPage: (cursor?: string) => Promise<MessagesResponse>): Promise<number[]> {
  const uids: number[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 100; page++) {
    const response = await fetchPage(cursor);
    uids.push(...response.messages.map((m) => m.uid));
    if (!response.nextCursor) return uids;
    cursor = response.nextCursor;
  }
  throw new Error('the cursor never ended');
}

const overHttp = (sort: SortKey, order: SortOrder) => async (cursor?: string) => {
  const params = new URLSearchParams({ limit: '200', sort, order, ...(cursor ? { cursor } : {}) });
  const response = await client.request('GET', `/api/mailboxes/${mailboxId('INBOX')}/messages?${params}`);
  expect(response.status).toBe(200);
  return response.json as MessagesResponse;
};

const onMinimal = (sort: SortKey, order: SortOrder) => (cursor?: string) =>
  listMessages(account(IMAP_MINIMAL.port), 'INBOX', { limit: 200, sort, order, cursor });

describe('message list paging on a 5,000-message folder', () => {
  const cases: Array<[SortKey, SortOrder]> = [
    ['date', 'desc'],
    ['date', 'asc'],
    ['arrival', 'desc'],
    ['arrival', 'asc'],
    ['from', 'asc'],
    ['subject', 'asc'],
    ['size', 'desc'],
  ];

  it.each(cases)(
    'sort %s %s: every UID exactly once, same order on the full (SORT) and minimal (no SORT) server',
    async (sort, order) => {
      const full = await pageThrough(overHttp(sort, order));
      expect(full).toHaveLength(COUNT);
      expect(new Set(full).size).toBe(COUNT);
      const minimal = await pageThrough(onMinimal(sort, order));
      expect(minimal).toEqual(full);
    },
  );

  it('orders by date: newest first, each row carrying envelope data', async () => {
    const page = await overHttp('date', 'desc')();
    expect(page.total).toBe(COUNT);
    expect(page.messages).toHaveLength(200);
    const dates = page.messages.map((m) => Date.parse(m.date));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(page.messages[0]).toMatchObject({
      subject: expect.any(String),
      from: [expect.objectContaining({ address: expect.any(String) })],
    });
    expect(page.messages.some((m) => m.hasAttachments)).toBe(true);
    expect(page.messages.some((m) => !m.hasAttachments)).toBe(true);
    // The unread count comes with the folder list (LIST-STATUS), not with the page: no SEARCH per first page.
    expect(page).not.toHaveProperty('unseen');
    const { mailboxes } = (await client.request('GET', '/api/mailboxes')).json as MailboxesResponse;
    expect(mailboxes.find((mailbox) => mailbox.path === 'INBOX')?.unseen).toBeGreaterThan(0);
  });
});

describe('previews', () => {
  it('come from PREVIEW on the full server and from a partial fetch on the minimal one', async () => {
    const full = (await overHttp('date', 'desc')()).messages;
    const minimal = (await onMinimal('date', 'desc')()).messages;
    expect(full.filter((m) => m.preview).length).toBeGreaterThan(full.length * 0.9);
    expect(minimal.filter((m) => m.preview).length).toBeGreaterThan(minimal.length * 0.9);
    // Both are the start of the same text: the first words agree.
    const firstWords = (text: string | null) => (text ?? '').split(' ').slice(0, 3).join(' ');
    const agreeing = full.filter((m, i) => m.preview && firstWords(m.preview) === firstWords(minimal[i]?.preview ?? null));
    expect(agreeing.length).toBeGreaterThan(full.length * 0.8);
  });
});

describe('message list edge cases', () => {
  it('lists a folder whose name has a space and non-ASCII characters', async () => {
    const response = await client.request('GET', `/api/mailboxes/${mailboxId('Données clients')}/messages?limit=50`);
    expect(response.status).toBe(200);
    expect(response.json?.total).toBe(15);
    expect(response.json?.messages).toHaveLength(15);
  });

  it('answers 404 for a folder that does not exist or a malformed id, 400 for a bad sort', async () => {
    const missing = await client.request('GET', `/api/mailboxes/${mailboxId('No Such Folder')}/messages`);
    expect(missing.status).toBe(404);
    expect(missing.json?.error.code).toBe('NOT_FOUND');
    expect((await client.request('GET', '/api/mailboxes/A/messages')).json?.error.code).toBe('NOT_FOUND');
    expect((await client.request('GET', `/api/mailboxes/${mailboxId('INBOX')}/messages?sort=colour`)).status).toBe(400);
  });

  it('keeps pages free of duplicates when a message arrives between two pages', async () => {
    const first = await overHttp('date', 'desc')();
    await withDirectImap(owner, (imap) =>
      imap.append('INBOX', `From: a@example.org\r\nSubject: late arrival\r\nDate: ${new Date().toUTCString()}\r\n\r\nhello\r\n`),
    );
    const second = await overHttp('date', 'desc')(first.nextCursor ?? undefined);
    const seen = new Set(first.messages.map((m) => m.uid));
    expect(second.messages.filter((m) => seen.has(m.uid))).toEqual([]);
    expect(second.total).toBe(COUNT + 1);
  });

  it('sorts with SORT on the full server and sends the minimal one only base IMAP4rev1 (rawlogs)', async () => {
    // Dovecot flushes a rawlog when its connection ends.
    await client.request('DELETE', '/api/session');
    await closeSession(account(IMAP_MINIMAL.port));
    const full = sentCommands(owner.user, 'full').map((command) => command.name);
    const minimal = sentCommands(owner.user, 'minimal').map((command) => command.name);
    expect(full).toContain('UID SORT');
    expect(minimal).toContain('UID FETCH');
    expect(minimal.filter((name) => !IMAP4REV1_COMMANDS.has(name))).toEqual([]);
    expect(await client.signIn(owner.user, owner.password)).toMatchObject({ status: 200 });
  });

  it('refuses a cursor from another UIDVALIDITY or another sort', async () => {
    const first = await overHttp('date', 'desc')();
    const cursor = first.nextCursor ?? '';
    const otherSort = await client.request('GET', `/api/mailboxes/${mailboxId('INBOX')}/messages?sort=size&cursor=${cursor}`);
    expect(otherSort.status).toBe(400);
    const [, ...rest] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as unknown[];
    const stale = Buffer.from(JSON.stringify([1, ...rest])).toString('base64url');
    const conflict = await client.request('GET', `/api/mailboxes/${mailboxId('INBOX')}/messages?cursor=${stale}`);
    expect(conflict.status).toBe(409);
    expect(conflict.json?.error.code).toBe('CONFLICT');
  });
});

describe('arrival order', () => {
  it('pages by sequence numbers and stays exact when the anchor is expunged and mail arrives between pages', async () => {
    const reader = freshUser('arrival');
    indexAndSubscribe(await seedMailbox({ user: reader.user, count: 60, folders: false }));
    const http = new AppClient();
    await http.signIn(reader.user, reader.password);
    const minimal: Account = {
      ...account(IMAP_MINIMAL.port),
      sessionId: 'arrival-minimal',
      user: reader.user,
      password: reader.password,
    };
    const viaHttp = async (order: SortOrder, cursor?: string) => {
      const params = new URLSearchParams({ limit: '20', sort: 'arrival', order, ...(cursor ? { cursor } : {}) });
      return (await http.request('GET', `/api/mailboxes/${mailboxId('INBOX')}/messages?${params}`)).json as MessagesResponse;
    };
    const viaMinimal = (order: SortOrder, cursor?: string) =>
      listMessages(minimal, 'INBOX', { limit: 20, sort: 'arrival', order, cursor: cursor ?? undefined });
    const all = await withDirectImap(reader, async (imap) => {
      await imap.mailboxOpen('INBOX');
      return (await imap.search({ all: true }, { uid: true })) || [];
    });

    for (const order of ['desc', 'asc'] as const) {
      const firstHttp = await viaHttp(order);
      const firstMinimal = await viaMinimal(order);
      const expected = order === 'desc' ? [...all].reverse() : [...all];
      expect(firstHttp.messages.map((m) => m.uid)).toEqual(expected.slice(0, 20));
      expect(firstMinimal.messages.map((m) => m.uid)).toEqual(expected.slice(0, 20));

      // Another client expunges the page's last row (the cursor's anchor) and one row of the next page, and new mail arrives.
      const anchor = expected[19] as number;
      const gone = expected[25] as number;
      await withDirectImap(reader, async (imap) => {
        await imap.mailboxOpen('INBOX');
        await imap.messageDelete(`${anchor},${gone}`, { uid: true });
        await imap.append('INBOX', 'From: a@example.org\r\nSubject: late\r\n\r\nhi\r\n');
      });
      const survivors = expected.slice(20).filter((uid) => uid !== gone);
      const secondHttp = await viaHttp(order, firstHttp.nextCursor ?? undefined);
      const secondMinimal = await viaMinimal(order, firstMinimal.nextCursor ?? undefined);
      expect(secondHttp.messages.map((m) => m.uid)).toEqual(survivors.slice(0, 20));
      expect(secondMinimal.messages.map((m) => m.uid)).toEqual(survivors.slice(0, 20));
      all.splice(0, all.length, ...all.filter((uid) => uid !== anchor && uid !== gone));
      all.push(
        ...(await withDirectImap(reader, async (imap) => {
          await imap.mailboxOpen('INBOX');
          return ((await imap.search({ all: true }, { uid: true })) || []).filter((uid) => !all.includes(uid));
        })),
      );
    }
    await http.request('DELETE', '/api/session');
    await closeSession(minimal);
    // The first newest-first page of 60 is the FETCH of sequence numbers 41:60, on both servers.
    for (const kind of ['full', 'minimal'] as const) {
      expect(
        sentCommands(reader.user, kind).some((c) => /^(?:\S+ )?\S+ FETCH 41:60 /.test(c.line)),
        kind,
      ).toBe(true);
    }
    // Unread counts travel with the folder list (LIST-STATUS): a page never counts them again.
    for (const kind of ['full', 'minimal'] as const) {
      expect(sentCommands(reader.user, kind).filter((c) => /\bSEARCH\b.*\bUNSEEN\b/i.test(c.line))).toEqual([]);
    }
  });
});
