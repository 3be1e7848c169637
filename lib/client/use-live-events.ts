'use client';

import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useEffect, useEffectEvent, useState } from 'react';
import { apiPaths } from '@/lib/api-paths';
import { mailboxPathFromId } from '@/lib/ids';
import type { MessageNewEvent } from '@/lib/schemas/live-events';
import type { ListSort } from '@/lib/ui/mail-location';
import { api } from './api';
import { applyLiveEvent } from './apply-live-event';
import type { ListData } from './list-cache';
import { connectLive, type LiveState } from './live-connection';
import { queryKeys } from './query-keys';

/**
 * Keeps the open mailbox live: one stream for the folder the list shows, opened again on a
 * folder switch, its events applied to the cache (apply-live-event.ts). The stream starts
 * where the first page of the list on screen stands (its `liveCursor`), so nothing that
 * changed between that page and the stream is missed. Returns the connection's state.
 */
export function useLiveEvents(mailboxId: string | null, sort: ListSort, onNewMail?: (event: MessageNewEvent) => void): LiveState {
  const queryClient = useQueryClient();
  const [state, setState] = useState<LiveState>('connecting');
  const listKey = useEffectEvent((id: string) => queryKeys.messages.list(id, sort.sort, sort.order));
  const receive = useEffectEvent((event: Parameters<typeof applyLiveEvent>[1]) => {
    applyLiveEvent(queryClient, event);
    if (event.event === 'message.new') onNewMail?.(event.data);
  });

  useEffect(() => {
    if (mailboxId === null || mailboxPathFromId(mailboxId) === null) return;
    let close = () => {};
    const stopWaiting = whenFirstPage(queryClient, listKey(mailboxId), (since) => {
      close = connectLive({
        url: (from) => apiPaths.events(mailboxId, from),
        since,
        onEvent: receive,
        onState: setState,
        // Other folders' counts may have moved while the stream was down; this folder's changes are replayed.
        onReopen: () => void queryClient.invalidateQueries({ queryKey: queryKeys.mailboxes() }),
        signedOut: () => sessionGone(queryClient),
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
 */
async function sessionGone(queryClient: QueryClient): Promise<boolean> {
  const answer = await queryClient.fetchQuery({ queryKey: queryKeys.session(), queryFn: api.getSession, staleTime: 0 });
  return answer.session === null;
}
