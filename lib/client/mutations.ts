'use client';

import { matchMutation, type QueryClient, useMutation } from '@tanstack/react-query';
import type { FlagsResponse } from '@/lib/schemas/flags';
import type { SettingsResponse } from '@/lib/schemas/settings';
import { hasFlag, unseenDelta } from './flag-change';
import { registerMailboxOperation } from './mailbox-operation';
import { cachedMessages, patchCounts, patchMessages, type Rollback, setMessageFlags, writeThroughFetches } from './message-cache';
import { registerMoveOperation } from './move-operation';
import {
  type FlagsOperation,
  type Operation,
  type OperationKind,
  type OperationResults,
  runOperation,
  type SettingsOperation,
} from './operations';
import { mutationKeys, queryKeys } from './query-keys';
import { uidCount } from './uid-selection';

interface FlagsContext {
  /** Idempotent: it puts back what the change altered, however often it runs. */
  undoRows: Rollback;
  undoCounts: Rollback;
  /** Every message was cached, so the unseen count moved by exactly the right amount. */
  countsKnown: boolean;
}

/**
 * One scope for every operation: they reach the server in the order the reader made them
 * (mark read, then unread again, ends unread), as an outbox replaying them later would.
 */
const OPERATIONS_SCOPE = { id: 'mail-operations' };

/**
 * Registers what each operation kind does around its API call, by mutation key, so a
 * mutation restored from storage (`resumePausedMutations`) runs the same code as one made
 * by a click. The change shows at once; a failure rolls it back (and ChangeFailedNotice,
 * listening through onOperationFailed, says so).
 */
export function registerOperations(queryClient: QueryClient): void {
  queryClient.setMutationDefaults(mutationKeys.operation('flags'), {
    mutationFn: (operation: FlagsOperation) => runOperation<'flags'>(operation),
    scope: OPERATIONS_SCOPE,
    onMutate: (operation: FlagsOperation, { client }): FlagsContext => {
      const cached = cachedMessages(client, operation.mailboxId, operation.uids);
      const touchesSeen = [...(operation.add ?? []), ...(operation.remove ?? [])].some((flag) => hasFlag([flag], '\\Seen'));
      const undoRows = patchMessages(client, operation.mailboxId, operation.uids, operation);
      const undoCounts = patchCounts(client, operation.mailboxId, { unseen: unseenDelta(cached.values(), operation) });
      return {
        undoRows,
        undoCounts,
        countsKnown: !touchesSeen || cached.size === uidCount(operation.uids),
      };
    },
    onError: (_error: Error, operation: FlagsOperation, context: FlagsContext | undefined, { client }) => {
      if (!context) return;
      context.undoCounts();
      writeThroughFetches(client, operation.mailboxId, context.undoRows);
    },
    onSuccess: (response: FlagsResponse, operation: FlagsOperation, _context: FlagsContext | undefined, { client }) => {
      const { flags, modseq } = response;
      // The server's flags win, unless another change is still on its way: its optimistic flags must stay.
      // The answer's modseq is the highest of the STORE (RFC 7162 §3.1.3): a row showing a later one
      // (another client's change, by live event) keeps it.
      if (flags && client.isMutating({ mutationKey: mutationKeys.operations() }) <= 1) {
        const answer = flags.map((entry) => ({ ...entry, modseq }));
        writeThroughFetches(client, operation.mailboxId, () => setMessageFlags(client, operation.mailboxId, answer));
      }
    },
    onSettled: (_data, _error, _operation, context: FlagsContext | undefined, { client }) => {
      // Counts the cache could not work out (rows not loaded, or a change replayed after a reload) come from the server.
      if (!context?.countsKnown) void client.invalidateQueries({ queryKey: queryKeys.mailboxes() });
    },
  });

  registerMoveOperation(queryClient, OPERATIONS_SCOPE);

  queryClient.setMutationDefaults(mutationKeys.operation('settings'), {
    mutationFn: (operation: SettingsOperation) => runOperation<'settings'>(operation),
    scope: OPERATIONS_SCOPE,
    onMutate: (operation: SettingsOperation, { client }): SettingsContext => {
      const before = client.getQueryData<SettingsResponse>(queryKeys.settings());
      if (before) client.setQueryData(queryKeys.settings(), { ...before, settings: { ...before.settings, ...operation.patch } });
      // A fetch still under way would land the old settings over this change; without revert, it simply stops.
      void client.cancelQueries({ queryKey: queryKeys.settings() }, { revert: false });
      return { before };
    },
    onError: (_error: Error, _operation: SettingsOperation, context: SettingsContext | undefined, { client }) => {
      if (context?.before) client.setQueryData(queryKeys.settings(), context.before);
    },
    onSuccess: (response: SettingsResponse, _operation: SettingsOperation, _context, { client }) => {
      client.setQueryData(queryKeys.settings(), response);
    },
  });

  registerMailboxOperation(queryClient, OPERATIONS_SCOPE);
}

interface SettingsContext {
  before: SettingsResponse | undefined;
}

/** Calls `listener` for every operation the server refused (after its rollback); returns the unsubscribe. */
export function onOperationFailed(queryClient: QueryClient, listener: (operation: Operation, error: Error) => void): () => void {
  return queryClient.getMutationCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'error') return;
    if (!matchMutation({ mutationKey: mutationKeys.operations() }, event.mutation)) return;
    listener(event.mutation.state.variables as Operation, event.action.error as Error);
  });
}

type OperationOf<Kind extends OperationKind> = Extract<Operation, { kind: Kind }>;

/** A mutation for one kind of operation; its behaviour comes from registerOperations. */
export function useOperation<Kind extends OperationKind>(kind: Kind) {
  return useMutation<OperationResults[Kind], Error, OperationOf<Kind>>({ mutationKey: mutationKeys.operation(kind) });
}

export function useFlagsMutation() {
  return useOperation('flags');
}
