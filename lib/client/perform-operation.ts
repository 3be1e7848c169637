'use client';

import { MutationObserver, type QueryClient } from '@tanstack/react-query';
import { describeDone } from '@/lib/ui/describe-done';
import { inverseFlags, inverseMove } from './inverse-operation';
import { cachedMessages } from './message-cache';
import type { MoveContext } from './move-operation';
import type { FlagsOperation, MoveOperation, Operation, OperationResults } from './operations';
import { mutationKeys } from './query-keys';
import { uidCount } from './uid-selection';
import { dismissUndo, offerUndo } from './undo-store';

type Result = OperationResults['flags'] | OperationResults['move'];

function observe(client: QueryClient, operation: Operation) {
  return new MutationObserver<Result, Error, Operation, unknown>(client, { mutationKey: mutationKeys.operation(operation.kind) });
}

/** A change the server made: what it was, how many messages it touched, and how to take it back (null: it cannot be). */
interface Done {
  operation: Operation;
  count: number;
  undo: (() => void) | null;
}

/**
 * Runs an operation through the one executor (its optimistic change and rollback are the
 * registered defaults) and, once the server has done it, offers its undo. Not tied to a
 * component: the action bar that asked may be gone (its message archived) before the answer.
 * A refusal is reported by ChangeFailedNotice, so it is swallowed here.
 */
export async function performOperation(client: QueryClient, operation: Operation): Promise<void> {
  if (operation.kind !== 'move' && operation.kind !== 'flags') {
    await observe(client, operation)
      .mutate(operation)
      .catch(() => {});
    return;
  }
  offer([await perform(client, operation)]);
}

/**
 * One change over several folders (a search's results across folders): one operation per
 * folder, run side by side, and one undo that takes back every one the server did.
 */
export async function performOperations(
  client: QueryClient,
  operations: ReadonlyArray<FlagsOperation | MoveOperation>,
): Promise<void> {
  offer(await Promise.all(operations.map((operation) => perform(client, operation))));
}

/** The offer is always for the last change: one that cannot be undone withdraws an older one. */
function offer(results: ReadonlyArray<Done | null>): void {
  const done = results.filter((result): result is Done => result !== null);
  const first = done[0];
  if (!first) return;
  const undos = done.flatMap((result) => (result.undo ? [result.undo] : []));
  if (undos.length === 0) {
    dismissUndo();
    return;
  }
  const count = done.reduce((sum, result) => sum + result.count, 0);
  offerUndo(describeDone(first.operation, count), () => {
    for (const undo of undos) undo();
  });
}

/** The operation on the server; null when it was refused (already rolled back and reported). */
async function perform(client: QueryClient, operation: FlagsOperation | MoveOperation): Promise<Done | null> {
  // Taken before the change shows: an undo puts back what each loaded message had.
  const before = cachedMessages(client, operation.mailboxId, operation.uids);
  const observer = observe(client, operation);
  let response: Result;
  try {
    response = await observer.mutate(operation);
  } catch {
    return null;
  }
  if (operation.kind === 'flags') {
    const undos = inverseFlags(operation, before);
    const count = uidCount((response as OperationResults['flags']).updated || []);
    return { operation, count, undo: undos.length > 0 ? () => void runAll(client, undos) : null };
  }
  const moved = response as OperationResults['move'];
  const undos = inverseMove(operation, moved, before);
  const count = uidCount(moved.moved || []);
  if (undos.length === 0) return { operation, count, undo: null };
  const context = observer.getCurrentResult().context as MoveContext | undefined;
  return {
    operation,
    count,
    undo: () => {
      // The rows show again at once, under their old UIDs, until the source's refetch brings the new ones.
      context?.undoRows();
      context?.undoCounts();
      void runAll(client, undos);
    },
  };
}

async function runAll(client: QueryClient, operations: readonly Operation[]) {
  await Promise.all(
    operations.map((operation) =>
      observe(client, operation)
        .mutate(operation)
        .catch(() => {}),
    ),
  );
}
