'use client';

import { MutationObserver, type QueryClient } from '@tanstack/react-query';
import { describeDone } from '@/lib/ui/describe-done';
import { inverseFlags, inverseMove } from './inverse-operation';
import { cachedMessages } from './message-cache';
import type { MoveContext } from './move-operation';
import type { Operation, OperationResults } from './operations';
import { mutationKeys } from './query-keys';
import { uidCount } from './uid-selection';
import { dismissUndo, offerUndo } from './undo-store';

type Result = OperationResults['flags'] | OperationResults['move'];

function observe(client: QueryClient, operation: Operation) {
  return new MutationObserver<Result, Error, Operation, unknown>(client, { mutationKey: mutationKeys.operation(operation.kind) });
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
  // Taken before the change shows: an undo puts back what each loaded message had.
  const before = cachedMessages(client, operation.mailboxId, operation.uids);
  const observer = observe(client, operation);
  let response: Result;
  try {
    response = await observer.mutate(operation);
  } catch {
    return;
  }
  if (operation.kind === 'flags') {
    const undos = inverseFlags(operation, before);
    const count = uidCount((response as OperationResults['flags']).updated || []);
    if (undos.length > 0) offerUndo(describeDone(operation, count), () => runAll(client, undos));
    else dismissUndo();
    return;
  }
  const moved = response as OperationResults['move'];
  const undos = inverseMove(operation, moved, before);
  const text = describeDone(operation, uidCount(moved.moved || []));
  // The offer is always for the last change: one that cannot be undone withdraws an older one.
  if (undos.length === 0) {
    dismissUndo();
    return;
  }
  const context = observer.getCurrentResult().context as MoveContext | undefined;
  offerUndo(text, () => {
    // The rows show again at once, under their old UIDs, until the source's refetch brings the new ones.
    context?.undoRows();
    context?.undoCounts();
    void runAll(client, undos);
  });
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
