import {
  dehydrate,
  hydrate,
  type InfiniteData,
  InfiniteQueryObserver,
  MutationObserver,
  onlineManager,
  type QueryClient,
} from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/client/api-error';
import { onOperationFailed } from '@/lib/client/mutations';
import type { FlagsOperation, Operation } from '@/lib/client/operations';
import { createQueryClient } from '@/lib/client/query-client';
import { mutationKeys, queryKeys } from '@/lib/client/query-keys';
import type { MailboxesResponse } from '@/lib/schemas/mailboxes';
import type { MessagesResponse } from '@/lib/schemas/message-list';
import { mailboxFixture } from '../../support/mailbox-fixture';
import { summaryRow } from './support/summary-row';

const INBOX = 'SU5CT1g';
const LIST = queryKeys.messages.list(INBOX, 'date', 'desc');
const op: FlagsOperation = { kind: 'flags', mailboxId: INBOX, uidValidity: 7, uids: [2], add: ['\\Seen'] };

function seed(client: QueryClient) {
  client.setQueryData<InfiniteData<MessagesResponse>>(LIST, {
    pageParams: [undefined],
    pages: [{ total: 2, uidValidity: 7, messages: [summaryRow(2, []), summaryRow(1, ['\\Seen'])], nextCursor: null }],
  });
  client.setQueryData<MailboxesResponse>(queryKeys.mailboxes(), {
    mailboxes: [mailboxFixture('INBOX', { id: INBOX, total: 2, unseen: 1 })],
    sharing: true,
    openByName: false,
  });
}

const rowFlags = (client: QueryClient) =>
  client.getQueryData<InfiniteData<MessagesResponse>>(LIST)?.pages[0]?.messages.find((m) => m.uid === 2)?.flags;
const unseen = (client: QueryClient) => client.getQueryData<MailboxesResponse>(queryKeys.mailboxes())?.mailboxes[0]?.unseen;
const mutate = (client: QueryClient, operation: Operation) =>
  new MutationObserver<unknown, Error, Operation>(client, { mutationKey: mutationKeys.operation(operation.kind) }).mutate(
    operation,
  );

/** The browser's fetch, answering as the server would; each call's request is kept. */
function serverAnswers(...answers: Array<() => Response>) {
  const calls: Array<{ url: string; method?: string; body: unknown }> = [];
  let settle: () => void = () => {};
  const gate = new Promise<void>((resolve) => {
    settle = resolve;
  });
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      calls.push({ url, method: init?.method, body: JSON.parse(String(init?.body)) });
      await gate;
      return (answers[calls.length - 1] ?? answers[0] ?? (() => Response.json({})))();
    }),
  );
  return { calls, answer: () => settle() };
}

let client: QueryClient;
beforeEach(() => {
  client = createQueryClient();
  seed(client);
});
afterEach(() => {
  vi.unstubAllGlobals();
  onlineManager.setOnline(true);
});

describe('the operation executor', () => {
  it('shows a change at once, sends it as PATCH /api/messages, and keeps the server’s answer', async () => {
    const server = serverAnswers(() => Response.json({ updated: '2', flags: [{ uid: 2, flags: ['\\Seen', '$seenElsewhere'] }] }));
    const done = mutate(client, op);
    await vi.waitFor(() => expect(server.calls).toHaveLength(1));
    expect(rowFlags(client)).toEqual(['\\Seen']);
    expect(unseen(client)).toBe(0);
    expect(server.calls[0]).toEqual({
      url: '/api/messages',
      method: 'PATCH',
      body: { mailboxId: INBOX, uidValidity: 7, uids: [2], add: ['\\Seen'] },
    });
    server.answer();
    await done;
    expect(rowFlags(client)).toEqual(['\\Seen', '$seenElsewhere']);
    expect(unseen(client)).toBe(0);
    // The count moved by the change itself: no refetch of the folder list.
    expect(client.getQueryState(queryKeys.mailboxes())?.isInvalidated).toBe(false);
  });

  it('rolls a refused change back and reports it', async () => {
    const server = serverAnswers(() => Response.json({ error: { code: 'IMAP_UNAVAILABLE', message: 'down' } }, { status: 502 }));
    const failures: Array<{ operation: Operation; error: Error }> = [];
    onOperationFailed(client, (operation, error) => failures.push({ operation, error }));
    const done = mutate(client, op);
    await vi.waitFor(() => expect(rowFlags(client)).toEqual(['\\Seen']));
    server.answer();
    await expect(done).rejects.toBeInstanceOf(ApiError);
    expect(rowFlags(client)).toEqual([]);
    expect(unseen(client)).toBe(1);
    expect(failures).toHaveLength(1);
    expect(failures[0]?.operation).toEqual(op);
    expect(failures[0]?.error).toMatchObject({ code: 'IMAP_UNAVAILABLE' });
  });

  it('a page fetched while the change showed does not bring it back after the rollback', async () => {
    const key = queryKeys.messages.list(INBOX, 'from', 'asc');
    const [unreadRow, readRow] = client.getQueryData<InfiniteData<MessagesResponse>>(LIST)?.pages[0]?.messages ?? [];
    const first = { total: 2, uidValidity: 7, messages: [unreadRow], nextCursor: 'c1' } as MessagesResponse;
    const second = { total: 2, uidValidity: 7, messages: [readRow], nextCursor: null } as MessagesResponse;
    let releasePage: () => void = () => {};
    const pageGate = new Promise<void>((resolve) => {
      releasePage = resolve;
    });
    const list = new InfiniteQueryObserver(client, {
      queryKey: key,
      queryFn: async ({ pageParam }: { pageParam: string | undefined }) => (pageParam ? pageGate.then(() => second) : first),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last: MessagesResponse) => last.nextCursor ?? undefined,
    });
    const unsubscribe = list.subscribe(() => {});
    const flagsIn = () => client.getQueryData<InfiniteData<MessagesResponse>>(key)?.pages[0]?.messages[0]?.flags;
    await vi.waitFor(() => expect(flagsIn()).toEqual([]));

    const server = serverAnswers(() => Response.json({ error: { code: 'IMAP_BUSY', message: 'x' } }, { status: 503 }));
    const done = mutate(client, op);
    await vi.waitFor(() => expect(flagsIn()).toEqual(['\\Seen']));
    // The next page's fetch starts now, while the row shows read: it carries page one as it is.
    const more = list.fetchNextPage();
    server.answer();
    await expect(done).rejects.toBeInstanceOf(ApiError);
    expect(flagsIn()).toEqual([]);
    releasePage();
    await more;
    await vi.waitFor(() => expect(client.getQueryData<InfiniteData<MessagesResponse>>(key)?.pages).toHaveLength(2));
    await vi.waitFor(() => expect(flagsIn()).toEqual([]));
    unsubscribe();
  });

  it('asks the server for the counts when the messages were not in the cache', async () => {
    const server = serverAnswers(() => Response.json({ updated: '40:41' }));
    server.answer();
    await mutate(client, { ...op, uids: '40:41' });
    expect(client.getQueryState(queryKeys.mailboxes())?.isInvalidated).toBe(true);
  });

  it('stores an operation made offline as plain JSON, and a new client replays it through the same executor', async () => {
    const server = serverAnswers(() => Response.json({ updated: '2' }));
    server.answer();
    onlineManager.setOnline(false);
    void mutate(client, op).catch(() => {});
    await vi.waitFor(() => expect(client.getMutationCache().getAll()[0]?.state.isPaused).toBe(true));
    expect(server.calls).toEqual([]);

    // What an outbox would write to storage, and read back after a reload.
    const stored = JSON.parse(JSON.stringify(dehydrate(client)));
    const reloaded = createQueryClient();
    hydrate(reloaded, stored);
    onlineManager.setOnline(true);
    await reloaded.resumePausedMutations();
    expect(server.calls.map((call) => call.body)).toContainEqual({
      mailboxId: INBOX,
      uidValidity: 7,
      uids: [2],
      add: ['\\Seen'],
    });
  });
});

describe('the settings operation', () => {
  const stored = { settings: { markSeenOnOpen: true, remoteContentSenders: [] }, storage: 'server' as const };
  const change: Operation = { kind: 'settings', patch: { markSeenOnOpen: false } };
  const shown = () => client.getQueryData<typeof stored>(queryKeys.settings())?.settings.markSeenOnOpen;

  it('shows the change at once, sends PATCH /api/settings, and keeps the server’s answer', async () => {
    client.setQueryData(queryKeys.settings(), stored);
    const server = serverAnswers(() => Response.json({ ...stored, settings: { ...stored.settings, markSeenOnOpen: false } }));
    const done = mutate(client, change);
    await vi.waitFor(() => expect(server.calls).toHaveLength(1));
    expect(shown()).toBe(false);
    expect(server.calls[0]).toEqual({ url: '/api/settings', method: 'PATCH', body: { markSeenOnOpen: false } });
    server.answer();
    await done;
    expect(shown()).toBe(false);
  });

  it('puts the old settings back when the server refuses, and reports it', async () => {
    client.setQueryData(queryKeys.settings(), stored);
    const server = serverAnswers(() => Response.json({ error: { code: 'UNSUPPORTED', message: 'no' } }, { status: 422 }));
    const failures: Operation[] = [];
    onOperationFailed(client, (operation) => failures.push(operation));
    const done = mutate(client, change);
    await vi.waitFor(() => expect(shown()).toBe(false));
    server.answer();
    await expect(done).rejects.toBeInstanceOf(ApiError);
    expect(shown()).toBe(true);
    expect(failures).toEqual([change]);
  });
});
