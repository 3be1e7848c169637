import { type InfiniteData, MutationObserver, type QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { applyLiveEvent } from '@/lib/client/apply-live-event';
import type { FlagsOperation, MoveOperation, Operation } from '@/lib/client/operations';
import { createQueryClient } from '@/lib/client/query-client';
import { mutationKeys, queryKeys } from '@/lib/client/query-keys';
import type { MessageSummary, MessagesResponse } from '@/lib/schemas/message-list';
import { summaryRow } from './support/summary-row';

const INBOX = 'SU5CT1g';
const ARCHIVE = 'QXJjaGl2ZQ';
const LIST = queryKeys.messages.list(INBOX, 'arrival', 'desc');

function page(messages: MessageSummary[], total = messages.length): MessagesResponse {
  return { total, uidValidity: 7, messages, nextCursor: null };
}

let client: QueryClient;
beforeEach(() => {
  client = createQueryClient();
  client.setQueryData<InfiniteData<MessagesResponse>>(LIST, {
    pageParams: [undefined],
    pages: [page([{ ...summaryRow(3, []), modseq: '10' }, summaryRow(2, ['\\Seen']), summaryRow(1, ['\\Seen'])])],
  });
});
afterEach(() => vi.unstubAllGlobals());

const rows = () => client.getQueryData<InfiniteData<MessagesResponse>>(LIST)?.pages.flatMap((p) => p.messages) ?? [];
const uids = () => rows().map((message) => message.uid);
const rowOf = (uid: number) => rows().find((message) => message.uid === uid);

/** The API answering the next request when `answer()` is called; `status` >= 400 refuses it. */
function server(body: unknown, status = 200) {
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  const calls: unknown[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init?: RequestInit) => {
      calls.push(init?.body);
      await gate;
      return Response.json(body, { status });
    }),
  );
  return { calls, answer: () => release() };
}

const mutate = (operation: Operation) =>
  new MutationObserver<unknown, Error, Operation>(client, { mutationKey: mutationKeys.operation(operation.kind) })
    .mutate(operation)
    .catch(() => {});

describe('applyLiveEvent', () => {
  it('message.new: the row shows at its place without a refetch, also after a page fetch that began before it', async () => {
    let release: (value: MessagesResponse) => void = () => {};
    const fetching = client.fetchInfiniteQuery({
      queryKey: LIST,
      queryFn: () => new Promise<MessagesResponse>((resolve) => (release = resolve)),
      initialPageParam: undefined as string | undefined,
      staleTime: 0,
    });
    applyLiveEvent(client, { event: 'message.new', data: { mailboxId: INBOX, message: summaryRow(4) } });
    expect(uids()).toEqual([4, 3, 2, 1]);
    // The page fetch started before message 4 existed: it lands without it, and the row is put back.
    release(page([summaryRow(3), summaryRow(2), summaryRow(1)]));
    await fetching;
    await vi.waitFor(() => expect(uids()).toEqual([4, 3, 2, 1]));
    expect(client.getQueryState(LIST)?.isInvalidated).toBe(false);
  });

  it('message.flags waits for this tab’s own change to the message; the later state wins either way', async () => {
    const star: FlagsOperation = { kind: 'flags', mailboxId: INBOX, uids: [3], add: ['\\Flagged'] };
    const api = server({ updated: '3', flags: [{ uid: 3, flags: ['\\Flagged'] }], modseq: '11' });
    const done = mutate(star);
    await vi.waitFor(() => expect(api.calls).toHaveLength(1));
    // Another client read and unstarred it after our STORE: its event overtakes our answer.
    applyLiveEvent(client, { event: 'message.flags', data: { mailboxId: INBOX, uid: 3, flags: ['\\Seen'], modseq: '12' } });
    // Held while our change is on its way: the optimistic star does not flicker off and on.
    expect(rowOf(3)?.flags).toEqual(['\\Flagged']);
    // Another message's event is not held.
    applyLiveEvent(client, { event: 'message.flags', data: { mailboxId: INBOX, uid: 2, flags: [], modseq: '13' } });
    expect(rowOf(2)?.flags).toEqual([]);
    api.answer();
    await done;
    await vi.waitFor(() => expect(rowOf(3)).toMatchObject({ flags: ['\\Seen'], modseq: '12' }));
  });

  it('message.flags older than our answer (the echo of our own STORE) leaves the answer standing', async () => {
    const star: FlagsOperation = { kind: 'flags', mailboxId: INBOX, uids: [3], add: ['\\Flagged'] };
    const api = server({ updated: '3', flags: [{ uid: 3, flags: ['\\Flagged', '$forwarded'] }], modseq: '12' });
    const done = mutate(star);
    await vi.waitFor(() => expect(api.calls).toHaveLength(1));
    applyLiveEvent(client, { event: 'message.flags', data: { mailboxId: INBOX, uid: 3, flags: ['\\Flagged'], modseq: '11' } });
    api.answer();
    await done;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(rowOf(3)).toMatchObject({ flags: ['\\Flagged', '$forwarded'], modseq: '12' });
  });

  describe('message.expunge of rows our own move took out', () => {
    const archive: MoveOperation = { kind: 'move', action: 'archive', mailboxId: INBOX, uidValidity: 7, uids: [2] };

    it('changes nothing once the move is done (no second count), and the undo still has the rows', async () => {
      const api = server({ moved: '2', to: ARCHIVE, toUidValidity: 9, uidMap: [[2, 40]], notes: [] });
      const done = mutate(archive);
      await vi.waitFor(() => expect(api.calls).toHaveLength(1));
      expect(uids()).toEqual([3, 1]);
      const totals = () => client.getQueryData<InfiniteData<MessagesResponse>>(LIST)?.pages.map((p) => p.total);
      expect(totals()).toEqual([2]);
      applyLiveEvent(client, { event: 'message.expunge', data: { mailboxId: INBOX, uids: [2] } });
      api.answer();
      await done;
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(uids()).toEqual([3, 1]);
      expect(totals()).toEqual([2]);
    });

    it('takes out the rows a failed move’s rollback put back, when the server says they are gone', async () => {
      const api = server({ error: { code: 'WRITE_UNCONFIRMED', message: 'dropped' } }, 502);
      const done = mutate(archive);
      await vi.waitFor(() => expect(api.calls).toHaveLength(1));
      applyLiveEvent(client, { event: 'message.expunge', data: { mailboxId: INBOX, uids: [2] } });
      expect(uids()).toEqual([3, 1]);
      api.answer();
      await done;
      await vi.waitFor(() => expect(uids()).toEqual([3, 1]));
    });
  });

  it('mailbox sets the counts; mailboxes reloads the folder tree; resync reloads that mailbox’s lists only', () => {
    const archiveList = queryKeys.messages.list(ARCHIVE, 'date', 'desc');
    client.setQueryData<InfiniteData<MessagesResponse>>(archiveList, { pageParams: [undefined], pages: [page([summaryRow(1)])] });
    client.setQueryData(queryKeys.mailboxes(), { mailboxes: [] });
    applyLiveEvent(client, { event: 'mailbox', data: { mailboxId: INBOX, total: 30, unseen: 2 } });
    expect(client.getQueryData<InfiniteData<MessagesResponse>>(LIST)?.pages[0]?.total).toBe(30);
    expect(client.getQueryState(queryKeys.mailboxes())?.isInvalidated).toBe(false);
    applyLiveEvent(client, { event: 'mailboxes', data: {} });
    expect(client.getQueryState(queryKeys.mailboxes())?.isInvalidated).toBe(true);
    expect(client.getQueryState(LIST)?.isInvalidated).toBe(false);
    applyLiveEvent(client, { event: 'resync', data: { mailboxId: INBOX, reason: 'uidvalidity' } });
    expect(client.getQueryState(LIST)?.isInvalidated).toBe(true);
    expect(client.getQueryState(archiveList)?.isInvalidated).toBe(false);
  });
});
