'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { FlagChange } from '@/lib/client/flag-change';
import { performOperation } from '@/lib/client/perform-operation';
import type { UidSelection } from '@/lib/client/uid-selection';
import type { MessageAction } from '@/lib/schemas/move';

/** The folder the actions happen in, with the UIDVALIDITY its UIDs were seen under (RFC 3501 §2.3.1.1). */
export interface ActionFolder {
  mailboxId: string;
  uidValidity?: number;
}

/**
 * What the toolbar, the reading pane's bar, the shortcuts and drag and drop can do to
 * messages: each builds one operation and hands it to the executor (performOperation),
 * which shows it at once, rolls it back on a refusal and offers Undo.
 */
export function useMessageActions({ mailboxId, uidValidity }: ActionFolder) {
  const queryClient = useQueryClient();
  return useMemo(() => {
    const move = (action: Exclude<MessageAction, 'move' | 'copy'>, uids: UidSelection) =>
      performOperation(queryClient, { kind: 'move', action, mailboxId, uidValidity, uids });
    return {
      archive: (uids: UidSelection) => move('archive', uids),
      delete: (uids: UidSelection) => move('delete', uids),
      /** Inside Trash only (the server refuses it elsewhere): expunges exactly these UIDs, with no undo. */
      deleteForever: (uids: UidSelection) =>
        performOperation(queryClient, { kind: 'move', action: 'delete', mailboxId, uidValidity, uids, permanent: true }),
      junk: (uids: UidSelection) => move('junk', uids),
      moveTo: (uids: UidSelection, to: string) =>
        performOperation(queryClient, { kind: 'move', action: 'move', mailboxId, uidValidity, uids, to }),
      setFlags: (uids: UidSelection, change: FlagChange) =>
        performOperation(queryClient, { kind: 'flags', mailboxId, uidValidity, uids, ...change }),
    };
  }, [queryClient, mailboxId, uidValidity]);
}

export type MessageActions = ReturnType<typeof useMessageActions>;
