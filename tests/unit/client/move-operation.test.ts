import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { onOperationFailed } from '@/lib/client/mutations';
import type { Operation } from '@/lib/client/operations';
import { performOperation } from '@/lib/client/perform-operation';
import { createQueryClient } from '@/lib/client/query-client';
import { queryKeys } from '@/lib/client/query-keys';
import { dismissUndo, runUndo, useUndoOffer } from '@/lib/client/undo-store';
import type { MailboxesResponse } from '@/lib/schemas/mailboxes';
import type { MessagesResponse } from '@/lib/schemas/message-list';
import { mailboxFixture } from '../../support/mailbox-fixture';
import { summaryRow } from './support/summary-row';

const INBOX = 'SU5CT1g';
const ARCHIVE = 'QXJjaGl2ZQ';
const LIST = queryKeys.messages.list(INBOX, 'date', 'desc');

function mailbox(id: string, total: number, unseen: number) {
  return mailboxFixture(id, { id, name: id, parent: null, total, unseen });
}

function seed(client: QueryClient) {
  client.setQueryData<InfiniteData<MessagesResponse>>(LIST, {
    pageParams: [undefined],
    pages: [
      {
        total: 3,
        uidValidity: 7,
        messages: [summaryRow(3, []), summaryRow(2, ['\\Seen', '\\Flagged']), summaryRow(1, ['\\Seen'])],
        nextCursor: null,
      },
    ],
  });
  client.setQueryData<MailboxesResponse>(queryKeys.mailboxes(), {
    mailboxes: [mailbox(INBOX, 3, 1), mailbox(ARCHIVE, 0, 0)],
    sharing: true,
    openByName: false,
  });
}

const uids = (client: QueryClient) =>
  client.getQueryData<InfiniteData<MessagesResponse>>(LIST)?.pages[0]?.messages.map((m) => m.uid);
const inbox = (client: QueryClient) => client.getQueryData<MailboxesResponse>(queryKeys.mailboxes())?.mailboxes[0];
const flagsOf = (client: QueryClient, uid: number) =>
  client.getQueryData<InfiniteData<MessagesResponse>>(LIST)?.pages[0]?.messages.find((m) => m.uid === uid)?.flags;

/** fetch as the server answers; each request body is kept. */
function server(...answers: Array<() => Response>) {
  const calls: Array<{ url: string; body: unknown }> = [];
  let open: () => void = () => {};
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      calls.push({ url, body: JSON.parse(String(init?.body)) });
      await gate;
      return (answers[calls.length - 1] ?? (() => Response.json({})))();
    }),
  );
  return { calls, answer: () => open() };
}

// The store is read without React: the hook is only a useSyncExternalStore over it.
vi.mock('react', async (load) => ({
  ...(await load<typeof import('react')>()),
  useSyncExternalStore: (_s: unknown, get: () => unknown) => get(),
}));

let client: QueryClient;
beforeEach(() => {
  client = createQueryClient();
  seed(client);
  dismissUndo();
});
afterEach(() => vi.unstubAllGlobals());

/** The server's answer to `archive`: 2 and 3 are 11 and 12 in Archive. */
const archived = () =>
  Response.json({
    moved: '2:3',
    to: ARCHIVE,
    toUidValidity: 9,
    uidMap: [
      [2, 11],
      [3, 12],
    ],
    notes: [],
  });

const archive: Operation = { kind: 'move', action: 'archive', mailboxId: INBOX, uidValidity: 7, uids: [3, 2] };

describe('the move operation', () => {
  it('takes the rows and their counts out at once, and offers an undo that moves the new UIDs back', async () => {
    const api = server(archived, () =>
      Response.json({
        moved: '11:12',
        to: INBOX,
        toUidValidity: 7,
        uidMap: [
          [11, 4],
          [12, 5],
        ],
        notes: [],
      }),
    );
    const done = performOperation(client, archive);
    await vi.waitFor(() => expect(api.calls).toHaveLength(1));
    expect(uids(client)).toEqual([1]);
    expect(inbox(client)).toMatchObject({ total: 1, unseen: 0 });
    expect(api.calls[0]).toEqual({ url: '/api/messages/archive', body: { mailboxId: INBOX, uidValidity: 7, uids: [3, 2] } });
    api.answer();
    await done;
    expect(useUndoOffer()?.text).toBe('Archived 2 messages');

    expect(runUndo()).toBe(true);
    // The rows are back at once, where they were.
    expect(uids(client)).toEqual([3, 2, 1]);
    await vi.waitFor(() => expect(api.calls).toHaveLength(2));
    expect(api.calls[1]).toEqual({
      url: '/api/messages/move',
      body: { mailboxId: ARCHIVE, uidValidity: 9, uids: '11:12', to: INBOX },
    });
    expect(useUndoOffer()).toBeNull();
  });

  it('puts the rows back and reports it when the server refuses', async () => {
    const api = server(() => Response.json({ error: { code: 'NOT_FOUND', message: 'gone' } }, { status: 404 }));
    const failed: Operation[] = [];
    onOperationFailed(client, (operation) => failed.push(operation));
    const done = performOperation(client, { ...archive, action: 'move', to: ARCHIVE });
    await vi.waitFor(() => expect(uids(client)).toEqual([1]));
    api.answer();
    await done;
    expect(uids(client)).toEqual([3, 2, 1]);
    expect(inbox(client)).toMatchObject({ total: 3, unseen: 1 });
    expect(failed).toHaveLength(1);
    expect(useUndoOffer()).toBeNull();
  });

  it('a whole-folder selection goes as one UID set and empties the list', async () => {
    const api = server(() => Response.json({ moved: '1:3', to: ARCHIVE, uidMap: [], notes: ['uid-map-incomplete'] }));
    api.answer();
    await performOperation(client, { ...archive, uids: '1:3' });
    expect(api.calls[0]?.body).toMatchObject({ uids: '1:3' });
    expect(uids(client)).toEqual([]);
    // No new UIDs known: nothing to move back, so no undo is offered.
    expect(useUndoOffer()).toBeNull();
  });

  it('a change with nothing to undo (a delete for good) withdraws the offer of the change before it', async () => {
    const api = server(archived, () => Response.json({ moved: '1', to: null, uidMap: [], notes: [] }));
    api.answer();
    await performOperation(client, archive);
    expect(useUndoOffer()?.text).toBe('Archived 2 messages');
    await performOperation(client, {
      kind: 'move',
      action: 'delete',
      mailboxId: INBOX,
      uidValidity: 7,
      uids: [1],
      permanent: true,
    });
    // z now would undo the archive, not the last change: the offer goes.
    expect(useUndoOffer()).toBeNull();
  });
});

describe('undo of a flag change', () => {
  it('gives each message back exactly its own flags', async () => {
    const api = server(
      () => Response.json({ updated: '1:3' }),
      () => Response.json({ updated: '1,3' }),
    );
    api.answer();
    await performOperation(client, { kind: 'flags', mailboxId: INBOX, uids: [1, 2, 3], add: ['\\Flagged'] });
    expect(flagsOf(client, 1)).toContain('\\Flagged');
    expect(useUndoOffer()?.text).toBe('Starred 3 messages');
    runUndo();
    await vi.waitFor(() => expect(api.calls).toHaveLength(2));
    // 2 was starred before: the undo leaves it starred.
    expect(api.calls[1]?.body).toMatchObject({ uids: [3, 1], remove: ['\\Flagged'] });
    expect(flagsOf(client, 2)).toContain('\\Flagged');
    expect(flagsOf(client, 1)).not.toContain('\\Flagged');
  });
});

describe('undo of junk', () => {
  it('takes $Junk back off in the Junk folder (giving back a $NotJunk a message had) before moving the messages back', async () => {
    client.setQueryData<InfiniteData<MessagesResponse>>(LIST, (data) =>
      data
        ? {
            ...data,
            pages: [{ ...(data.pages[0] as MessagesResponse), messages: [summaryRow(3, ['$NotJunk']), summaryRow(2, [])] }],
          }
        : data,
    );
    const JUNK = 'SnVuaw';
    const api = server(
      () =>
        Response.json({
          moved: '2:3',
          to: JUNK,
          toUidValidity: 5,
          uidMap: [
            [2, 21],
            [3, 22],
          ],
          notes: [],
        }),
      () => Response.json({ updated: '21:22' }),
      () => Response.json({ updated: '22' }),
      () =>
        Response.json({
          moved: '21:22',
          to: INBOX,
          toUidValidity: 7,
          uidMap: [
            [21, 8],
            [22, 9],
          ],
          notes: [],
        }),
    );
    api.answer();
    await performOperation(client, { kind: 'move', action: 'junk', mailboxId: INBOX, uidValidity: 7, uids: [3, 2] });
    expect(api.calls[0]?.url).toBe('/api/messages/junk');
    runUndo();
    await vi.waitFor(() => expect(api.calls).toHaveLength(4));
    const undo = api.calls.slice(1);
    // Both lose $Junk; only 3 (now 22) had $NotJunk, and gets it back; then both move back, last.
    expect(undo.slice(0, 2).map((call) => call.body)).toEqual(
      expect.arrayContaining([
        { mailboxId: JUNK, uidValidity: 5, uids: [21], remove: ['$Junk'] },
        { mailboxId: JUNK, uidValidity: 5, uids: [22], add: ['$NotJunk'], remove: ['$Junk'] },
      ]),
    );
    expect(undo[2]).toEqual({ url: '/api/messages/move', body: { mailboxId: JUNK, uidValidity: 5, uids: '21:22', to: INBOX } });
  });
});
