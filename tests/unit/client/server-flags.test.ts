import { type InfiniteData, MutationObserver, type QueryClient } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setMessageFlags } from '@/lib/client/message-cache';
import { isStaleModseq } from '@/lib/client/modseq';
import type { FlagsOperation, Operation } from '@/lib/client/operations';
import { createQueryClient } from '@/lib/client/query-client';
import { mutationKeys, queryKeys } from '@/lib/client/query-keys';
import type { MessagesResponse } from '@/lib/schemas/message-list';
import { summaryRow } from './support/summary-row';

const INBOX = 'SU5CT1g';
const LIST = queryKeys.messages.list(INBOX, 'date', 'desc');
const OTHER_SORT = queryKeys.messages.list(INBOX, 'from', 'asc');

let client: QueryClient;
beforeEach(() => {
  client = createQueryClient();
  for (const key of [LIST, OTHER_SORT]) {
    client.setQueryData<InfiniteData<MessagesResponse>>(key, {
      pageParams: [undefined],
      pages: [
        {
          total: 2,
          uidValidity: 7,
          messages: [{ ...summaryRow(2, []), modseq: '10' }, summaryRow(1, ['\\Seen'])],
          nextCursor: null,
        },
      ],
    });
  }
});
afterEach(() => vi.unstubAllGlobals());

const rowOf = (uid: number, key: readonly unknown[] = LIST) =>
  client.getQueryData<InfiniteData<MessagesResponse>>(key)?.pages[0]?.messages.find((m) => m.uid === uid);

describe('isStaleModseq (RFC 7162: the higher modseq is the later state)', () => {
  it('compares as numbers past 2^53, and treats a missing or malformed modseq as no evidence', () => {
    expect(isStaleModseq('9007199254740993', '9007199254740994')).toBe(true);
    expect(isStaleModseq('9007199254740994', '9007199254740993')).toBe(false);
    expect(isStaleModseq('9', '10')).toBe(true);
    expect(isStaleModseq('10', '10')).toBe(false);
    for (const [incoming, shown] of [
      [undefined, '10'],
      ['9', undefined],
      ['0', '10'],
      ['9', 'x'],
      ['', '10'],
    ] as const) {
      expect(isStaleModseq(incoming, shown)).toBe(false);
    }
  });
});

describe('setMessageFlags: the server’s word, unless the row shows a later one', () => {
  it('ignores flags older than the row’s modseq', () => {
    setMessageFlags(client, INBOX, [{ uid: 2, flags: ['\\Flagged'], modseq: '9' }]);
    expect(rowOf(2)).toMatchObject({ flags: [], modseq: '10' });
  });

  it('applies newer (or equal) flags in every list, and the row keeps their modseq', () => {
    setMessageFlags(client, INBOX, [{ uid: 2, flags: ['\\Flagged'], modseq: '11' }]);
    for (const key of [LIST, OTHER_SORT]) expect(rowOf(2, key)).toMatchObject({ flags: ['\\Flagged'], modseq: '11' });
    setMessageFlags(client, INBOX, [{ uid: 2, flags: ['\\Flagged', '\\Seen'], modseq: '11' }]);
    expect(rowOf(2)).toMatchObject({ flags: ['\\Flagged', '\\Seen'], modseq: '11' });
  });

  it('without a modseq on either side (a server without CONDSTORE), the last word wins', () => {
    setMessageFlags(client, INBOX, [{ uid: 2, flags: ['$label1'] }]);
    expect(rowOf(2)).toMatchObject({ flags: ['$label1'], modseq: '10' });
    setMessageFlags(client, INBOX, [{ uid: 1, flags: [], modseq: '5' }]);
    expect(rowOf(1)).toMatchObject({ flags: [], modseq: '5' });
  });
});

/** fetch answering PATCH /api/messages when `answer()` is called. */
function flagsEndpoint(body: unknown) {
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
      return Response.json(body);
    }),
  );
  return { calls, answer: () => release() };
}

const mutate = (operation: Operation) =>
  new MutationObserver<unknown, Error, Operation>(client, { mutationKey: mutationKeys.operation(operation.kind) }).mutate(
    operation,
  );

describe('the flags operation’s answer', () => {
  const star: FlagsOperation = { kind: 'flags', mailboxId: INBOX, uidValidity: 7, uids: [2], add: ['\\Flagged'] };

  it('does not put its older state back over a newer change another client made meanwhile', async () => {
    const server = flagsEndpoint({ updated: '2', flags: [{ uid: 2, flags: ['\\Flagged'] }], modseq: '11' });
    const done = mutate(star);
    await vi.waitFor(() => expect(server.calls).toHaveLength(1));
    expect(rowOf(2)?.flags).toEqual(['\\Flagged']);
    // Another client unstarred it and read it after our STORE: the server's word at 12 reached this tab first.
    setMessageFlags(client, INBOX, [{ uid: 2, flags: ['\\Seen'], modseq: '12' }]);
    server.answer();
    await done;
    expect(rowOf(2)).toMatchObject({ flags: ['\\Seen'], modseq: '12' });
  });

  it('replaces the optimistic flags when it is the latest word, and the row keeps its modseq', async () => {
    const server = flagsEndpoint({ updated: '2', flags: [{ uid: 2, flags: ['\\Flagged', '$seenElsewhere'] }], modseq: '11' });
    const done = mutate(star);
    server.answer();
    await done;
    expect(rowOf(2)).toMatchObject({ flags: ['\\Flagged', '$seenElsewhere'], modseq: '11' });
  });
});
