'use client';

import { createContext, useContext } from 'react';
import type { MessageSummary } from '@/lib/schemas/message-list';

/** The rows loaded so far, shared by the list and the reading pane, which shows the open message's header from them. */
export interface LoadedMessages {
  messages: readonly MessageSummary[];
  indexById: ReadonlyMap<string, number>;
  /** True until the first page has arrived (or failed). */
  pending: boolean;
}

const LoadedMessagesContext = createContext<LoadedMessages>({ messages: [], indexById: new Map(), pending: true });

export const LoadedMessagesProvider = LoadedMessagesContext.Provider;

export function useLoadedMessages(): LoadedMessages {
  return useContext(LoadedMessagesContext);
}

/** A message of the loaded rows by its id, or undefined while it is not (yet) among them. */
export function useLoadedMessage(messageId: string): MessageSummary | undefined {
  const { messages, indexById } = useLoadedMessages();
  const index = indexById.get(messageId);
  return index === undefined ? undefined : messages[index];
}
