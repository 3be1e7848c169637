'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useSelection } from '@/components/mail/selection-context';
import type { ListActions, ListTarget } from '@/components/mail/use-list-actions';
import { showList, showMessage } from '@/lib/client/navigation';
import type { FlagsOperation, MoveOperation } from '@/lib/client/operations';
import { performOperations } from '@/lib/client/perform-operation';
import type { MessageSummary } from '@/lib/schemas/message-list';
import type { MessageAction } from '@/lib/schemas/move';
import { type ListSort, listHref, messageHref } from '@/lib/ui/mail-location';
import { isFlagged, isUnread } from '@/lib/ui/message-summary';
import { byFolder, mailboxIdOfMessage } from '@/lib/ui/results-by-folder';
import { NO_SELECTION } from '@/lib/ui/selection';

interface ResultsActionsInput {
  /** The folder the URL names (the open result's, once one is open). */
  mailboxId: string;
  sort: ListSort;
  /** Every result loaded, of every folder. */
  messages: readonly MessageSummary[];
  current: MessageSummary | undefined;
  openId: string | null;
}

/**
 * The list's actions on a search's results across folders: the ticked rows (or the open or
 * current one) grouped by the folder each lives in, one operation per folder, one undo for
 * all (performOperations). Rows are ticked by the list's own numbers (selection-context.tsx),
 * never by UID, which repeats between folders. Trash and Junk are not searched across folders
 * (plan-search.ts), so delete here always moves to Trash.
 */
export function useResultsActions({ mailboxId, sort, messages, current, openId }: ResultsActionsInput): ListActions {
  const queryClient = useQueryClient();
  const { selection, setSelection, keyOf } = useSelection();

  return useMemo(() => {
    const target = (only?: MessageSummary): ListTarget | null => {
      const rows = only
        ? [only]
        : selection.uids.size > 0
          ? messages.filter((message) => selection.uids.has(keyOf(message)))
          : current
            ? [current]
            : [];
      return rows.length > 0 ? { uids: rows.map(keyOf), rows } : null;
    };

    // The open result leaving its folder: the next result opens (the one before at the end), in its own folder.
    const leave = (gone: readonly MessageSummary[]) => {
      const index = openId === null ? -1 : messages.findIndex((message) => message.id === openId);
      const leaving = new Set(gone.map((message) => message.id));
      if (index < 0 || !leaving.has(openId ?? '')) return;
      const stays = (message: MessageSummary) => !leaving.has(message.id);
      const next = messages.slice(index + 1).find(stays) ?? messages.slice(0, index).findLast(stays);
      if (next) showMessage(messageHref(mailboxIdOfMessage(next.id) ?? mailboxId, next.id, sort));
      else showList(listHref(mailboxId, sort));
    };

    const move = (action: MessageAction, to?: string) => (only?: MessageSummary) => {
      const found = target(only);
      if (!found) return;
      const operations = byFolder(found.rows)
        .filter((group) => group.mailboxId !== to)
        .map((group): MoveOperation => ({ kind: 'move', action, ...group, ...(to ? { to } : {}) }));
      leave(found.rows);
      if (!only) setSelection(() => NO_SELECTION);
      void performOperations(queryClient, operations);
    };

    const flags = (rows: readonly MessageSummary[], change: Pick<FlagsOperation, 'add' | 'remove'>) =>
      void performOperations(
        queryClient,
        byFolder(rows).map((group): FlagsOperation => ({ kind: 'flags', ...group, ...change })),
      );

    return {
      target,
      acrossFolders: true,
      archive: move('archive'),
      inTrash: false,
      inDrafts: false,
      openId,
      delete: move('delete'),
      pendingDeleteForever: null,
      confirmDeleteForever: () => {},
      cancelDeleteForever: () => {},
      junk: move('junk'),
      moveTo: (to: string, only?: MessageSummary) => move('move', to)(only),
      toggleStar: (only?: MessageSummary) => {
        const found = target(only);
        if (!found) return;
        const allStarred = found.rows.every(isFlagged);
        flags(found.rows, allStarred ? { remove: ['\\Flagged'] } : { add: ['\\Flagged'] });
      },
      markRead: (read: boolean, only?: MessageSummary) => {
        const found = target(only);
        // Only what would change: an already read message is not sent again.
        const rows = found ? found.rows.filter((row) => isUnread(row) === read) : [];
        if (rows.length > 0) flags(rows, read ? { add: ['\\Seen'] } : { remove: ['\\Seen'] });
      },
      star: (message: MessageSummary, starred: boolean) =>
        flags([message], starred ? { add: ['\\Flagged'] } : { remove: ['\\Flagged'] }),
    };
  }, [queryClient, selection, setSelection, keyOf, messages, current, openId, mailboxId, sort]);
}
