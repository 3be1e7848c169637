'use client';

import type { QueryClient } from '@tanstack/react-query';
import type { MoveResponse } from '@/lib/schemas/move';
import { ALL_FOLDERS_ID } from '@/lib/ui/mail-location';
import { unseenDelta } from './flag-change';
import { cachedMessages, patchCounts, type Rollback, removeMessages, writeThroughFetches } from './message-cache';
import { type MoveOperation, runOperation } from './operations';
import { mutationKeys, queryKeys } from './query-keys';
import { uidCount } from './uid-selection';

export interface MoveContext {
  /** Puts the removed rows back where they were (idempotent); also what Undo shows at once. */
  undoRows: Rollback;
  undoCounts: Rollback;
}

/**
 * Messages leaving a folder (move, archive, delete, junk): their rows go from every cached
 * list of the folder at once, with its counts; a refusal puts both back. Copy leaves the
 * rows where they are. The destination, and the folder tree's counts, come from the server
 * afterwards: the client cannot know where a special-use folder's new rows sort.
 */
export function registerMoveOperation(queryClient: QueryClient, scope: { id: string }): void {
  queryClient.setMutationDefaults(mutationKeys.operation('move'), {
    mutationFn: (operation: MoveOperation) => runOperation<'move'>(operation),
    scope,
    onMutate: (operation: MoveOperation, { client }): MoveContext => {
      if (operation.action === 'copy') return { undoRows: () => {}, undoCounts: () => {} };
      const cached = cachedMessages(client, operation.mailboxId, operation.uids);
      // Every row read: an unread one leaving takes one off the unseen count (RFC 3501 §2.3.2).
      const unseen = unseenDelta(cached.values(), { add: ['\\Seen'] });
      const undoCounts = patchCounts(client, operation.mailboxId, { unseen, total: -uidCount(operation.uids) });
      let undoRows: Rollback | undefined;
      // A page fetched while the move is under way still carries the rows: take them out again once it lands.
      writeThroughFetches(client, operation.mailboxId, () => {
        const undo = removeMessages(client, operation.mailboxId, operation.uids);
        undoRows ??= undo;
      });
      return { undoRows: undoRows ?? (() => {}), undoCounts };
    },
    onError: (_error: Error, operation: MoveOperation, context: MoveContext | undefined, { client }) => {
      if (!context) return;
      context.undoCounts();
      writeThroughFetches(client, operation.mailboxId, context.undoRows);
    },
    onSettled: (response: MoveResponse | undefined, _error, operation: MoveOperation, _context, { client }) => {
      void client.invalidateQueries({ queryKey: queryKeys.mailboxes() });
      // The destination's lists gain rows only the server can place; a copy's source is unchanged.
      if (response?.to) void client.invalidateQueries({ queryKey: queryKeys.messages.mailbox(response.to) });
      else if (operation.to) void client.invalidateQueries({ queryKey: queryKeys.messages.mailbox(operation.to) });
      // A search across folders may find the rows again where they went (in Archive, say), under
      // their new UIDs; an undo's rows put back there carry their old ones until this refetch.
      if (response) void client.invalidateQueries({ queryKey: queryKeys.messages.mailbox(ALL_FOLDERS_ID) });
    },
  });
}
