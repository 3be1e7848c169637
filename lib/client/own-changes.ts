import type { QueryClient } from '@tanstack/react-query';
import type { Operation } from './operations';
import { mutationKeys } from './query-keys';
import { uidMatcher } from './uid-selection';

/**
 * Runs `apply` once no change of this tab to any of these messages is on its way. A live event
 * about a message we are changing says what the server had at some moment around our request:
 * before our STORE (then it would hide our optimistic change until the answer, a flicker), or
 * after it. Held until our operation settles, it lands after our answer (or rollback), where
 * the modseq rule keeps whichever is later (setMessageFlags), and an expunge of rows our own
 * move took out finds nothing left to do, or, if the move failed, takes out the rows its
 * rollback put back, which the server says are gone.
 */
export function afterOwnChanges(queryClient: QueryClient, mailboxId: string, uids: readonly number[], apply: () => void): void {
  const mutations = queryClient.getMutationCache();
  const touched = () =>
    mutations
      .findAll({ mutationKey: mutationKeys.operations(), status: 'pending' })
      .some((mutation) => names(mutation.state.variables as Operation | undefined, mailboxId, uids));
  if (!touched()) {
    apply();
    return;
  }
  const stop = mutations.subscribe(() => {
    if (touched()) return;
    stop();
    apply();
  });
}

function names(operation: Operation | undefined, mailboxId: string, uids: readonly number[]): boolean {
  if (!operation || (operation.kind !== 'flags' && operation.kind !== 'move') || operation.mailboxId !== mailboxId) return false;
  const named = uidMatcher(operation.uids);
  return uids.some(named);
}
