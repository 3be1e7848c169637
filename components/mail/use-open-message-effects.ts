'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { messageQuery, useMarkSeen } from '@/lib/client/use-message';
import { useLoadedMessages } from './message-list-context';

/**
 * What opening a message does besides showing it: marks it \Seen on the server when it was
 * unread, and prefetches the messages above and below so j/k reading never waits on IMAP.
 */
export function useOpenMessageEffects(messageId: string) {
  const queryClient = useQueryClient();
  const { messages, indexById } = useLoadedMessages();
  const { mutate: markSeen } = useMarkSeen();
  const index = indexById.get(messageId);
  const unread = index !== undefined && !messages[index]?.flags.includes('\\Seen');

  useEffect(() => {
    if (unread) markSeen(messageId);
  }, [messageId, unread, markSeen]);

  useEffect(() => {
    if (index === undefined) return;
    for (const neighbour of [messages[index + 1], messages[index - 1]]) {
      if (neighbour) void queryClient.prefetchQuery(messageQuery(neighbour.id));
    }
  }, [index, messages, queryClient]);
}
