'use client';

import { createContext, type ReactNode, useCallback, useContext, useMemo, useRef, useState } from 'react';
import type { MessageSummary } from '@/lib/schemas/message-list';
import { keepPresent, NO_SELECTION, type Selection } from '@/lib/ui/selection';

/** What a shortcut (v, l, ?) or a toolbar button has opened. */
export type OpenMenu = 'move' | 'label' | 'help' | null;

/** The number a row is ticked by: its UID in a folder, a number of the list's own across folders. */
export type RowKey = (message: MessageSummary) => number;

const byUid: RowKey = (message) => message.uid;

interface SelectionState {
  selection: Selection;
  keyOf: RowKey;
  setSelection: (update: (selection: Selection) => Selection) => void;
  /** The keyboard position while no message is open (after Escape, or on a phone before Enter). */
  cursorId: string | null;
  setCursorId: (id: string | null) => void;
  menu: OpenMenu;
  setMenu: (menu: OpenMenu) => void;
}

const SelectionContext = createContext<SelectionState>({
  selection: NO_SELECTION,
  keyOf: byUid,
  setSelection: () => {},
  cursorId: null,
  setCursorId: () => {},
  menu: null,
  setMenu: () => {},
});

/**
 * The ticked rows of one folder and the keyboard position, shared by the list (checkboxes,
 * x, shift-click), the toolbar that replaces the list's header, and the menus. UI state, not
 * server state: it lives in React and starts clean in each folder.
 */
export function SelectionProvider({
  folder,
  messages,
  ticks = 'folder',
  children,
}: {
  /** The folder's mailbox id: another one drops the ticks, the position and an open menu. */
  folder: string;
  messages: readonly MessageSummary[];
  /**
   * What can be ticked. `folder`: rows, or the whole folder, loaded or not ("select all").
   * `rows`: a search's results, so "select all" ticks the rows loaded, never the folder.
   * `across`: a search across folders, as `rows`; its rows' UIDs repeat between folders, so each
   * row is ticked by a number of its own (keyOf), given the first time the row is seen.
   */
  ticks?: 'folder' | 'rows' | 'across';
  children: ReactNode;
}) {
  const [ticked, setSelection] = useState<Selection>(NO_SELECTION);
  const numbers = useRef(new Map<string, number>());
  const numbered = useCallback<RowKey>((message) => {
    let key = numbers.current.get(message.id);
    if (key === undefined) {
      key = numbers.current.size + 1;
      numbers.current.set(message.id, key);
    }
    return key;
  }, []);
  const keyOf = ticks === 'across' ? numbered : byUid;
  // Rows that left the list (moved by a drop, expunged elsewhere) are no longer selected.
  const selection = useMemo(() => keepPresent(ticked, messages.map(keyOf)), [ticked, messages, keyOf]);
  const [cursorId, setCursorId] = useState<string | null>(null);
  const [menu, setMenu] = useState<OpenMenu>(null);
  // Reset while rendering (react.dev, "adjusting some state when a prop changes"): the next
  // folder's first render already has none of this one's state.
  const [stateOf, setStateOf] = useState(folder);
  if (stateOf !== folder) {
    setStateOf(folder);
    setSelection(NO_SELECTION);
    setCursorId(null);
    setMenu(null);
  }
  const tick = useMemo((): SelectionState['setSelection'] => {
    if (ticks === 'folder') return setSelection;
    return (update) =>
      setSelection((current) => {
        const next = update(current);
        return next.all ? { uids: new Set(messages.map(keyOf)), anchor: next.anchor, all: false } : next;
      });
  }, [ticks, messages, keyOf]);
  const value = useMemo(
    () => ({ selection, keyOf, setSelection: tick, cursorId, setCursorId, menu, setMenu }),
    [selection, keyOf, tick, cursorId, menu],
  );
  return <SelectionContext.Provider value={value}>{children}</SelectionContext.Provider>;
}

export function useSelection(): SelectionState {
  return useContext(SelectionContext);
}
