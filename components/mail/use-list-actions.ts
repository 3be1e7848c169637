'use client';

import { useMemo, useState } from 'react';
import { showList, showMessage } from '@/lib/client/navigation';
import { type UidSelection, uidMatcher } from '@/lib/client/uid-selection';
import type { MessageSummary } from '@/lib/schemas/message-list';
import { type ListSort, listHref, messageHref } from '@/lib/ui/mail-location';
import { isFlagged, isUnread } from '@/lib/ui/message-summary';
import { hasSelection, NO_SELECTION, selectionUids } from '@/lib/ui/selection';
import { useSelection } from './selection-context';
import { type ActionFolder, useMessageActions } from './use-message-actions';

export interface ListTarget {
  uids: UidSelection;
  /** The loaded rows among them (all of them unless the whole folder is selected). */
  rows: readonly MessageSummary[];
}

interface ListActionsInput extends ActionFolder {
  sort: ListSort;
  uidNext?: number;
  messages: readonly MessageSummary[];
  /** The open message, or else the keyboard position: what a shortcut acts on when nothing is ticked. */
  current: MessageSummary | undefined;
  openId: string | null;
  /** The folder is Trash (RFC 6154 \Trash): delete there is for good, and asks first. */
  inTrash?: boolean;
  /** The folder is Drafts (RFC 6154 \Drafts): its messages are edited, not answered. */
  inDrafts?: boolean;
}

/** A delete for good waiting for the reader's yes: what it would remove. */
export interface PendingDeleteForever extends ListTarget {
  /** From the reading pane's bar: the ticked rows stay ticked. */
  own: boolean;
}

/**
 * The actions of the list and its toolbar, on the selection or else the current message.
 * When the open message leaves the folder, the next one opens (the one before at the end),
 * as in Gmail's auto-advance; with none left, the list shows.
 */
export function useListActions({
  mailboxId,
  uidValidity,
  sort,
  uidNext,
  messages,
  current,
  openId,
  inTrash,
  inDrafts,
}: ListActionsInput) {
  const actions = useMessageActions({ mailboxId, uidValidity });
  const { selection, setSelection } = useSelection();
  // Per folder, as everything here: Back to another folder drops the question.
  const [pendingDeleteForever, setPendingDeleteForever] = useState<PendingDeleteForever | null>(null);
  const [pendingIn, setPendingIn] = useState(mailboxId);
  if (pendingIn !== mailboxId) {
    setPendingIn(mailboxId);
    setPendingDeleteForever(null);
  }

  return useMemo(() => {
    // `only`: the reading pane's bar acts on its own message, whatever is ticked in the list.
    const target = (only?: MessageSummary): ListTarget | null => {
      if (only) return { uids: [only.uid], rows: [only] };
      if (hasSelection(selection)) {
        const uids = selectionUids(
          selection,
          uidNext,
          messages.map((message) => message.uid),
        );
        const selected = uidMatcher(uids);
        return { uids, rows: messages.filter((message) => selected(message.uid)) };
      }
      return current ? { uids: [current.uid], rows: [current] } : null;
    };

    const leave = (uids: UidSelection) => {
      const index = openId === null ? -1 : messages.findIndex((message) => message.id === openId);
      const moved = uidMatcher(uids);
      if (index < 0 || !moved(messages[index]?.uid ?? 0)) return;
      const after = messages.slice(index + 1).find((message) => !moved(message.uid));
      const before = messages.slice(0, index).findLast((message) => !moved(message.uid));
      const next = after ?? before;
      if (next) showMessage(messageHref(mailboxId, next.id, sort));
      else showList(listHref(mailboxId, sort));
    };

    const goAway = (found: ListTarget, own: boolean, run: (uids: UidSelection) => Promise<void>) => {
      leave(found.uids);
      if (!own) setSelection(() => NO_SELECTION);
      void run(found.uids);
    };
    const away = (run: (uids: UidSelection) => Promise<void>) => (only?: MessageSummary) => {
      const found = target(only);
      if (found) goAway(found, only !== undefined, run);
    };
    // In Trash, delete removes for good (UID EXPUNGE): nothing to undo, so it asks first.
    const askDeleteForever = (only?: MessageSummary) => {
      const found = target(only);
      if (found) setPendingDeleteForever({ ...found, own: only !== undefined });
    };

    return {
      target,
      /** Acting on one folder's UIDs (use-results-actions.ts acts across folders). */
      acrossFolders: false,
      archive: away(actions.archive),
      inTrash: inTrash === true,
      inDrafts: inDrafts === true,
      /** The message open in the reading pane, which reply and forward answer. */
      openId,
      delete: inTrash ? askDeleteForever : away(actions.delete),
      pendingDeleteForever,
      confirmDeleteForever: () => {
        if (pendingDeleteForever) goAway(pendingDeleteForever, pendingDeleteForever.own, actions.deleteForever);
        setPendingDeleteForever(null);
      },
      cancelDeleteForever: () => setPendingDeleteForever(null),
      junk: away(actions.junk),
      moveTo: (to: string, only?: MessageSummary) => away((uids) => actions.moveTo(uids, to))(only),
      /** Stars every target, or unstars them when all are starred already (Gmail's `s`). */
      toggleStar: (only?: MessageSummary) => {
        const found = target(only);
        if (!found) return;
        const allStarred = found.rows.length > 0 && found.rows.every(isFlagged) && typeof found.uids !== 'string';
        void actions.setFlags(found.uids, allStarred ? { remove: ['\\Flagged'] } : { add: ['\\Flagged'] });
      },
      markRead: (read: boolean, only?: MessageSummary) => {
        const found = target(only);
        if (!found) return;
        // Only what would change: an already read message is not sent again.
        const uids =
          typeof found.uids === 'string' ? found.uids : found.rows.filter((row) => isUnread(row) === read).map((row) => row.uid);
        if (uids.length === 0) return;
        void actions.setFlags(uids, read ? { add: ['\\Seen'] } : { remove: ['\\Seen'] });
      },
      star: (message: MessageSummary, starred: boolean) =>
        void actions.setFlags([message.uid], starred ? { add: ['\\Flagged'] } : { remove: ['\\Flagged'] }),
    };
  }, [
    actions,
    selection,
    setSelection,
    uidNext,
    messages,
    current,
    openId,
    mailboxId,
    sort,
    inTrash,
    inDrafts,
    pendingDeleteForever,
  ]);
}

/** What the list, its toolbar, the menus and the reading pane's bar can do (across folders: use-results-actions.ts). */
export type ListActions = Omit<ReturnType<typeof useListActions>, 'acrossFolders'> & { acrossFolders: boolean };
