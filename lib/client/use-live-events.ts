'use client';

import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { apiPaths } from '@/lib/api-paths';
import { mailboxPathFromId } from '@/lib/ids';
import type { MailboxCountsEvent, MessageNewEvent } from '@/lib/schemas/live-events';
import type { MailboxesResponse } from '@/lib/schemas/mailboxes';
import type { ListSort } from '@/lib/ui/mail-location';
import { api } from './api';
import { applyLiveEvent } from './apply-live-event';
import type { ListData } from './list-cache';
import { connectLive, type LiveState, type Refusal } from './live-connection';
import { queryKeys } from './query-keys';
import { mailboxesQuery } from './use-mailboxes';

/** What the shell does with news beyond the cache: notifications. */
export interface LiveNews {
  newMail(event: MessageNewEvent): void;
  /** Another folder's counts moved (the open one's news comes as messages): where they stood, and now. */
  counts(event: MailboxCountsEvent, before: { total: number; unseen: number }): void;
}

/**
 * Keeps the open mailbox live: one stream for the folder the list shows, opened again on a
 * folder switch, its events applied to the cache (apply-live-event.ts). The stream starts
 * where the first page of the list on screen stands (its `liveCursor`), so nothing that
 * changed between that page and the stream is missed. Returns the connection's state.
 */
export function useLiveEvents(mailboxId: string | null, sort: ListSort, news?: LiveNews): LiveState {
  const queryClient = useQueryClient();
  const [state, setState] = useState<LiveState>('connecting');
  /** Streams this page has opened, for the first one's counts (below). */
  const streams = useRef(0);
  const listKey = useEffectEvent((id: string) => queryKeys.messages.list(id, sort.sort, sort.order));
  const receive = useEffectEvent((event: Parameters<typeof applyLiveEvent>[1]) => {
    const before =
      event.event === 'mailbox' && event.data.mailboxId !== mailboxId ? countsOf(queryClient, event.data.mailboxId) : null;
    applyLiveEvent(queryClient, event);
    if (event.event === 'message.new') news?.newMail(event.data);
    if (event.event === 'mailbox' && before) news?.counts(event.data, before);
  });

  useEffect(() => {
    if (mailboxId === null || mailboxPathFromId(mailboxId) === null) return;
    let close = () => {};
    const stopWaiting = whenFirstPage(queryClient, listKey(mailboxId), (since) => {
      const requested = Date.now();
      close = connectLive({
        url: (from) => apiPaths.events(mailboxId, from),
        since,
        onEvent: receive,
        onState: setState,
        onOpen: (reopened) => {
          // The folder counts' baseline is the stream's start, as the list's is its liveCursor: counts
          // read before it (the tree loaded before a folder switch, a stream that was down) are read
          // again, or a change in between would stay unseen until that folder's next one. Not for
          // the page's first stream: the tree came with the page (its HTML, or the request just
          // before), and asking again would cost every page load a request for a window of moments.
          const first = streams.current++ === 0;
          const loaded = queryClient.getQueryState(queryKeys.mailboxes())?.dataUpdatedAt ?? 0;
          if (reopened || (!first && loaded < requested)) void queryClient.invalidateQueries({ queryKey: queryKeys.mailboxes() });
        },
        refusal: () => refusal(queryClient, mailboxId),
        network: window,
      });
    });
    return () => {
      stopWaiting();
      close();
    };
  }, [mailboxId, queryClient]);

  return state;
}

function countsOf(queryClient: QueryClient, mailboxId: string): { total: number; unseen: number } | null {
  const entry = queryClient.getQueryData<MailboxesResponse>(queryKeys.mailboxes())?.mailboxes.find((box) => box.id === mailboxId);
  return entry && entry.total !== null && entry.unseen !== null ? { total: entry.total, unseen: entry.unseen } : null;
}

/** Calls `start` with the first page's liveCursor once the list has one (a folder switch opens before its rows arrive). */
function whenFirstPage(
  queryClient: QueryClient,
  key: readonly unknown[],
  start: (since: string | undefined) => void,
): () => void {
  const first = () => queryClient.getQueryData<ListData>(key)?.pages[0];
  const page = first();
  if (page) {
    start(page.liveCursor);
    return () => {};
  }
  const stop = queryClient.getQueryCache().subscribe(() => {
    const loaded = first();
    if (!loaded) return;
    stop();
    start(loaded.liveCursor);
  });
  return stop;
}

/**
 * EventSource does not say why it was refused. The session query, fetched afresh, does: a 401
 * then leaves the stream closed, and whoever watches the session query learns it has ended.
 * The folder list, fetched afresh, says whether a 404 was a folder deleted meanwhile (the
 * list then says so, and the stream is not asked for again every 30 s).
 */
async function refusal(queryClient: QueryClient, mailboxId: string): Promise<Refusal> {
  const answer = await queryClient.fetchQuery({ queryKey: queryKeys.session(), queryFn: api.getSession, staleTime: 0 });
  if (answer.session === null) return 'signed-out';
  const folders = await queryClient.fetchQuery({ ...mailboxesQuery, staleTime: 0 });
  return folders.mailboxes.some((mailbox) => mailbox.id === mailboxId) ? 'retry' : 'gone';
}
