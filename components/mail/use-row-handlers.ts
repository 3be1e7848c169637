'use client';

import { useLayoutEffect, useMemo, useRef } from 'react';
import type { MessageSummary } from '@/lib/schemas/message-list';
import { clickSelection, isSelected, selectionUids, selectRange, toggleRow } from '@/lib/ui/selection';
import { useListActionsContext } from './list-actions-context';
import type { DraggedMessages, RowHandlers } from './row-handlers';
import { useSelection } from './selection-context';

interface RowInput {
  mailboxId: string;
  uidValidity?: number;
  uidNext?: number;
  total: number;
  messages: readonly MessageSummary[];
  open: (messageId: string) => void;
  prefetch: (messageId: string) => void;
}

/**
 * One handlers object for every row, the same across renders (rows are memoised), reading
 * the newest selection and rows through a ref when a click happens.
 */
export function useRowHandlers(input: RowInput): RowHandlers {
  const { selection, setSelection, keyOf } = useSelection();
  const actions = useListActionsContext();
  const latest = useRef({ input, selection, setSelection, actions, keyOf });
  useLayoutEffect(() => {
    latest.current = { input, selection, setSelection, actions, keyOf };
  });

  return useMemo<RowHandlers>(() => {
    const order = () => latest.current.input.messages.map(latest.current.keyOf);
    return {
      click: (message, modifiers) => {
        const { selection, setSelection, input, keyOf } = latest.current;
        const next = clickSelection(selection, keyOf(message), order(), modifiers);
        if (next) setSelection(() => next);
        else input.open(message.id);
      },
      check: (message, shift) => {
        const key = latest.current.keyOf(message);
        latest.current.setSelection((selection) =>
          shift ? selectRange(selection, key, order()) : toggleRow(selection, key, order()),
        );
      },
      prefetch: (message) => latest.current.input.prefetch(message.id),
      star: (message, starred) => latest.current.actions.star(message, starred),
      dragged: (uid): DraggedMessages => {
        const { selection, input } = latest.current;
        const base = { mailboxId: input.mailboxId, uidValidity: input.uidValidity };
        if (!isSelected(selection, uid)) return { ...base, uids: [uid], count: 1 };
        const uids = selectionUids(selection, input.uidNext, order());
        return { ...base, uids, count: selection.all ? input.total : selection.uids.size };
      },
    };
  }, []);
}
