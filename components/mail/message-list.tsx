'use client';

import { useQueryClient } from '@tanstack/react-query';
import { defaultRangeExtractor, useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef } from 'react';
import { showList, showMessage } from '@/lib/client/navigation';
import { NOBODY, presentOn } from '@/lib/client/presence-cache';
import { messageQuery } from '@/lib/client/use-message';
import { useFolderPresence } from '@/lib/client/use-presence';
import type { MessageSummary } from '@/lib/schemas/message-list';
import { type ListSort, listHref, messageHref } from '@/lib/ui/mail-location';
import { mailboxIdOfMessage } from '@/lib/ui/results-by-folder';
import { useListActionsContext } from './list-actions-context';
import { MessageListMore } from './message-list-more';
import { MessageListRow, messageRowId, ROW_HEIGHT } from './message-list-row';
import { useSelection } from './selection-context';
import { useKeptScroll } from './use-kept-scroll';
import { useListShortcuts } from './use-list-shortcuts';
import { useRowHandlers } from './use-row-handlers';
import { useWideLayout } from './use-wide-layout';

// Rows fetched ahead of the viewport: the next page is asked for about half a page before the end shows.
const PREFETCH_ROWS = 25;

// The viewport assumed before the list can be measured: on the server, and in the hydrating
// render, which must draw the same rows. A laptop's list: with the overscan the HTML's rows
// fill 1,200 px, and the next page is not asked for before the real height (set in the first
// layout effect) says it is needed.
const INITIAL_RECT = { width: 0, height: 800 };

/** What MessageList needs of an infinite query (a folder's list or a search's results) to load the next page. */
export function moreOf(query: {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  isFetchNextPageError: boolean;
  fetchNextPage: () => unknown;
}): MessageListProps['more'] {
  return {
    hasNext: query.hasNextPage,
    fetching: query.isFetchingNextPage,
    failed: query.isFetchNextPageError,
    // TanStack's own function, stable across renders: the list's effect depends on it.
    fetch: query.fetchNextPage as () => void,
  };
}

interface MessageListProps {
  mailboxId: string;
  label: string;
  sort: ListSort;
  messages: readonly MessageSummary[];
  indexById: ReadonlyMap<string, number>;
  total: number;
  uidValidity: number;
  /** RFC 3501 UIDNEXT, for "select all" as one UID set. */
  uidNext?: number;
  selectedId: string | null;
  showRecipients: boolean;
  /** The folder shown on each row: a search across folders names where each result lives. */
  folderOf?: (message: MessageSummary) => string | null;
  fetchedAt: number;
  more: { hasNext: boolean; fetching: boolean; failed: boolean; fetch: () => void };
}

/**
 * The virtualised listbox: only the rows in view (plus a few either side) are in the DOM,
 * whatever the folder's size. The open message is the selected option; without one, the
 * keyboard position is the active descendant.
 */
export function MessageList(props: MessageListProps) {
  const { mailboxId, label, sort, messages, indexById, total, selectedId, more } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const wide = useWideLayout();
  // The keyboard position while no message is open; ignored (and replaced) once one is.
  const { selection, keyOf, cursorId, setCursorId } = useSelection();
  const actions = useListActionsContext();
  const activeId = selectedId ?? cursorId;
  const activeIndex = activeId === null ? -1 : (indexById.get(activeId) ?? -1);
  const presence = useFolderPresence(mailboxId);

  const count = messages.length + (more.hasNext || more.failed ? 1 : 0);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    initialRect: INITIAL_RECT,
    overscan: 8,
    getItemKey: (index) => messages[index]?.id ?? 'more',
    // The active row stays mounted even when scrolled away, so aria-activedescendant always names an element.
    rangeExtractor: (range) => {
      const indexes = defaultRangeExtractor(range);
      return activeIndex < 0 || indexes.includes(activeIndex) ? indexes : [...indexes, activeIndex].sort((a, b) => a - b);
    },
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.at(-1)?.index ?? -1;

  const { hasNext, fetching, failed, fetch } = more;
  useEffect(() => {
    if (hasNext && !fetching && !failed && lastIndex >= messages.length - PREFETCH_ROWS) fetch();
  }, [hasNext, fetching, failed, fetch, lastIndex, messages.length]);

  const order = `${sort.sort}/${sort.order}`;
  useKeptScroll(scrollRef, messages, indexById, order);

  // Also when the list shows again after a phone's message view, which hid it (and lost its scroll position).
  const listVisible = wide || selectedId === null;
  const wasVisible = useRef(listVisible);
  // What the list last scrolled to: the same message moved by rows arriving above it is not a reason
  // to scroll (a reader scrolled away from it stays where they are; useKeptScroll holds the view).
  const scrolledTo = useRef<string | null>(null);
  useEffect(() => {
    const reappeared = listVisible && !wasVisible.current;
    wasVisible.current = listVisible;
    if (activeIndex < 0 || !listVisible) return;
    const target = `${activeId}@${order}`;
    if (!reappeared && scrolledTo.current === target) return;
    scrolledTo.current = target;
    // A list that was display:none still believes its viewport is 0 px high, so the
    // virtualizer cannot place the row; rows are a fixed height, so set the offset directly.
    // (scrollToIndex would also keep correcting for a few frames, undoing a reader's scroll.)
    if (reappeared && scrollRef.current) scrollRef.current.scrollTop = activeIndex * ROW_HEIGHT;
    else virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [activeIndex, activeId, order, listVisible, virtualizer]);

  const queryClient = useQueryClient();
  // The content is fetched without \Seen (BODY.PEEK), so fetching ahead of a click marks nothing read.
  const prefetch = useCallback((messageId: string) => void queryClient.prefetchQuery(messageQuery(messageId)), [queryClient]);
  const open = useCallback(
    (messageId: string) => {
      // The request leaves with the click, ahead of the render that would start it.
      prefetch(messageId);
      setCursorId(messageId);
      // A search's result opens in its own folder (its id names it), which the URL then names: its actions act there.
      showMessage(messageHref(mailboxIdOfMessage(messageId) ?? mailboxId, messageId, sort));
    },
    [prefetch, mailboxId, sort, setCursorId],
  );
  const handlers = useRowHandlers({
    mailboxId,
    uidValidity: props.uidValidity,
    uidNext: props.uidNext,
    total,
    messages,
    open,
    prefetch,
  });

  // Where the last key press went, ahead of the render it causes: two quick presses move two
  // rows, not one (the URL, and so activeIndex, updates a render later).
  const intendedIndex = useRef(activeIndex);
  useEffect(() => {
    intendedIndex.current = activeIndex;
  }, [activeIndex]);

  useListShortcuts(scrollRef, actions, {
    move: (step) => {
      if (messages.length === 0) return;
      const from = intendedIndex.current;
      const next = Math.min(Math.max(from < 0 ? (step > 0 ? 0 : messages.length - 1) : from + step, 0), messages.length - 1);
      intendedIndex.current = next;
      const target = messages[next];
      if (!target) return;
      // Side by side, moving is reading; on a phone's list it only moves the position until Enter.
      if (selectedId !== null || wide) open(target.id);
      else setCursorId(target.id);
    },
    openActive: () => {
      if (activeId !== null && selectedId === null) open(activeId);
    },
    close: () => showList(listHref(mailboxId, sort)),
    active: activeIndex >= 0 ? messages[activeIndex] : undefined,
    loaded: messages,
  });

  return (
    <div
      ref={scrollRef}
      role="listbox"
      tabIndex={0}
      data-testid="message-list"
      aria-label={`Messages in ${label}`}
      aria-activedescendant={activeIndex >= 0 && messages[activeIndex] ? messageRowId(messages[activeIndex].id) : undefined}
      data-total={total}
      // A folder whose rights refuse \Flagged (RFC 4314 `w`): the rows' stars hide (their clicks do nothing).
      data-can-star={actions.permissions.keywords}
      className="group/list min-h-0 flex-1 overflow-y-auto overscroll-contain outline-none [contain:strict] [overflow-anchor:none] focus-visible:ring-2 focus-visible:ring-focus focus-visible:ring-inset"
    >
      <div className="relative w-full" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const message = messages[item.index];
          if (!message) return <MessageListMore key={item.key} start={item.start} failed={failed} onRetry={fetch} />;
          return (
            <MessageListRow
              key={item.key}
              message={message}
              index={item.index}
              setSize={total}
              start={item.start}
              selected={message.id === selectedId}
              active={selectedId === null && message.id === cursorId}
              showRecipients={props.showRecipients}
              now={props.fetchedAt}
              checked={selection.all || selection.uids.has(keyOf(message))}
              draggable={!props.folderOf}
              folder={props.folderOf?.(message) ?? null}
              // A list spanning folders mixes their UIDs: presence is per folder, so shown only in one.
              present={props.folderOf ? NOBODY : presentOn(presence.map, message.uid, presence.now)}
              handlers={handlers}
            />
          );
        })}
      </div>
    </div>
  );
}
