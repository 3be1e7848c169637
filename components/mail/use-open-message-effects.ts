'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useEffectEvent, useRef } from 'react';
import { useFlagsMutation } from '@/lib/client/mutations';
import { messageQuery } from '@/lib/client/use-message';
import { useSettings } from '@/lib/client/use-settings';
import { mailboxId, messageRefFromId } from '@/lib/ids';
import { useLoadedMessages } from './message-list-context';

/**
 * What opening a message does besides showing it: marks it \Seen on the server when it was
 * unread (unless the reader keeps mail unread; then `markRead` is theirs to call), and, once
 * it has `loaded`, prefetches the messages above and below so j/k reading never waits on IMAP.
 */
export function useOpenMessageEffects(messageId: string, { loaded }: { loaded: boolean }) {
  const queryClient = useQueryClient();
  const { messages, indexById } = useLoadedMessages();
  const { mutate: setFlags, isPending: marking } = useFlagsMutation();
  const settings = useSettings().data?.settings;
  const index = indexById.get(messageId);
  const unread = index !== undefined && !messages[index]?.flags.includes('\\Seen');
  // Until the settings are known, nothing is marked: a reader who keeps mail unread must never lose that.
  const markOnOpen = settings?.markSeenOnOpen === true;

  const markRead = () => {
    const ref = messageRefFromId(messageId);
    if (!ref) return;
    setFlags({
      kind: 'flags',
      mailboxId: mailboxId(ref.path),
      uidValidity: ref.uidValidity,
      uids: [ref.uid],
      add: ['\\Seen'],
    });
  };

  // Once per opening, decided when both the row and the settings are known: after a refused change rolls
  // the row back to unread, or the reader marks the open message unread, opening must not mark it again.
  const markedOnOpen = useRef<string | null>(null);
  const markOnOpening = useEffectEvent(markRead);
  const known = index !== undefined && settings !== undefined;
  useEffect(() => {
    if (!known || markedOnOpen.current === messageId) return;
    markedOnOpen.current = messageId;
    if (unread && markOnOpen) markOnOpening();
  }, [messageId, known, unread, markOnOpen]);

  // Only once the open message itself has arrived: the neighbours' requests would queue beside its own on the server.
  useEffect(() => {
    if (index === undefined || !loaded) return;
    for (const neighbour of [messages[index + 1], messages[index - 1]]) {
      if (neighbour) void queryClient.prefetchQuery(messageQuery(neighbour.id));
    }
  }, [index, loaded, messages, queryClient]);

  return { keptUnread: unread && settings?.markSeenOnOpen === false, marking, markRead };
}
