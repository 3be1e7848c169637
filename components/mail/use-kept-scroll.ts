'use client';

import { type RefObject, useLayoutEffect, useRef } from 'react';
import { keptScrollTop } from '@/lib/ui/kept-scroll';
import { ROW_HEIGHT } from './message-list-row';

/**
 * Keeps what the reader looks at in place when rows arrive or leave above it (new mail by a
 * live event, an expunge by another client): the scroll offset moves by the rows' height
 * before the frame is painted. The list itself opts out of the browser's scroll anchoring
 * (its rows are positioned by the virtualiser, and Safari has none), so this is the one fix.
 * A new order is not a change above the reader: the list keeps its offset, as before.
 */
export function useKeptScroll(
  scrollRef: RefObject<HTMLElement | null>,
  messages: ReadonlyArray<{ id: string }>,
  indexById: ReadonlyMap<string, number>,
  order: string,
): void {
  const previous = useRef({ messages, order });
  useLayoutEffect(() => {
    const before = previous.current;
    previous.current = { messages, order };
    const element = scrollRef.current;
    if (!element || before.messages === messages || before.order !== order) return;
    const top = keptScrollTop(element.scrollTop, ROW_HEIGHT, before.messages, messages, (id) => indexById.get(id));
    if (top !== element.scrollTop) element.scrollTop = top;
  }, [scrollRef, messages, indexById, order]);
}
