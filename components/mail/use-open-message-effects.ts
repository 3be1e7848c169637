'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { messageQuery, useMarkSeen } from '@/lib/client/use-message';
import { useSettings } from '@/lib/client/use-settings';
import { useLoadedMessages } from './message-list-context';

/**
 * What opening a message does besides showing it: marks it \Seen on the server when it was
 * unread (unless the reader keeps mail unread; then `markRead` is theirs to call), and
 * prefetches the messages above and below so j/k reading never waits on IMAP.
 */
export function useOpenMessageEffects(messageId: string) {
  const queryClient = useQueryClient();
  const { messages, indexById } = useLoadedMessages();
  const { mutate: markSeen, isPending: marking } = useMarkSeen();
  const settings = useSettings().data?.settings;
  const index = indexById.get(messageId);
  const unread = index !== undefined && !messages[index]?.flags.includes('\\Seen');
  // Until the settings are known, nothing is marked: a reader who keeps mail unread must never lose that.
  const markOnOpen = settings?.markSeenOnOpen === true;

  useEffect(() => {
    if (unread && markOnOpen) markSeen(messageId);
  }, [messageId, unread, markOnOpen, markSeen]);

  useEffect(() => {
    if (index === undefined) return;
    for (const neighbour of [messages[index + 1], messages[index - 1]]) {
      if (neighbour) void queryClient.prefetchQuery(messageQuery(neighbour.id));
    }
  }, [index, messages, queryClient]);

  return { keptUnread: unread && settings?.markSeenOnOpen === false, marking, markRead: () => markSeen(messageId) };
}
