'use client';

import type { RefObject } from 'react';
import { SEARCH_INPUT_ID } from '@/components/search/search-box';
import { type AnswerKind, openCompose } from '@/lib/client/compose-store';
import { showFolder } from '@/lib/client/navigation';
import { runUndo } from '@/lib/client/undo-store';
import { useMailboxes } from '@/lib/client/use-mailboxes';
import type { MessageSummary } from '@/lib/schemas/message-list';
import { isInbox } from '@/lib/ui/folder-tree';
import { selectAll, toggleRow } from '@/lib/ui/selection';
import { useSelection } from './selection-context';
import type { ListActions } from './use-list-actions';
import { useMailShortcuts } from './use-mail-shortcuts';

interface Navigation {
  move: (step: number) => void;
  openActive: () => void;
  close: () => void;
  /** The row the keyboard is on (the open message, or the position): what x ticks. */
  active: MessageSummary | undefined;
  loaded: readonly MessageSummary[];
}

/** The list's side of the shortcut table: each id to what it does here. */
export function useListShortcuts(listRef: RefObject<HTMLElement | null>, actions: ListActions, nav: Navigation): void {
  const { setSelection, setMenu, keyOf } = useSelection();
  const mailboxes = useMailboxes().data?.mailboxes;
  const go = (find: (mailbox: NonNullable<typeof mailboxes>[number]) => boolean) => () => {
    const folder = mailboxes?.find(find);
    if (folder) showFolder(`/mail/${folder.id}`);
  };

  // A draft is continued rather than answered: r, a and f on it open it for editing.
  const answer = (kind: AnswerKind) => () => {
    const messageId = actions.openId;
    if (!messageId) return;
    openCompose(actions.inDrafts ? { kind: 'draft', draftId: messageId } : { kind, messageId });
  };

  useMailShortcuts(listRef, {
    next: () => nav.move(1),
    previous: () => nav.move(-1),
    first: () => nav.move(-Infinity),
    last: () => nav.move(Infinity),
    open: nav.openActive,
    close: nav.close,
    select: () => {
      const { active, loaded } = nav;
      if (active) setSelection((selection) => toggleRow(selection, keyOf(active), loaded.map(keyOf)));
    },
    selectAll: () => setSelection(selectAll),
    // preventDefault (useMailShortcuts) keeps the `/` out of the box it focuses.
    search: () => document.getElementById(SEARCH_INPUT_ID)?.focus(),
    star: () => actions.toggleStar(),
    archive: () => actions.archive(),
    delete: () => actions.delete(),
    junk: () => actions.junk(),
    markRead: () => actions.markRead(true),
    markUnread: () => actions.markRead(false),
    move: () => {
      if (actions.target()) setMenu('move');
    },
    label: () => {
      if (actions.target()) setMenu('label');
    },
    undo: () => void runUndo(true),
    compose: () => openCompose({ kind: 'new' }),
    reply: answer('reply'),
    replyAll: answer('reply-all'),
    forward: answer('forward'),
    goInbox: go(isInbox),
    goSent: go((mailbox) => mailbox.specialUse === '\\Sent'),
    goTrash: go((mailbox) => mailbox.specialUse === '\\Trash'),
    help: () => setMenu('help'),
  });
}
