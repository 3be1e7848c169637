import 'server-only';
import type { ImapFlow } from 'imapflow';
import { AppError } from '@/lib/errors/app-error';
import { mailboxId } from '@/lib/ids';
import type { MoveNote, MoveResponse } from '@/lib/schemas/move';
import type { Account } from '@/lib/session/account';
import { requireRights } from '@/lib/sharing/require-rights';
import { uidSet } from '../commands/uid-set';
import { type ImapLease, withImap } from '../connection/pool';
import { withMailbox } from '../connection/with-mailbox';
import { destinationStatus } from './destination-status';
import { existingUids } from './existing-uids';
import { messageIds } from './message-ids';
import { assertSameIncarnation, type Source, samePath } from './selection';
import { type TransferMode, transfer } from './transfer';
import { type KeywordChange, travelKeywords } from './travel-keywords';
import { uidMapByMessageId } from './uid-map-by-message-id';

export interface TransferPlan {
  source: Source;
  mode: TransferMode;
  /** Finds the destination's path on the leased connection (a special use needs a LIST). */
  destination: (client: ImapFlow) => Promise<string>;
  keywords?: KeywordChange;
}

/**
 * Moves or copies a selection as a handful of commands, whatever its size: STATUS of the
 * destination, UID SEARCH for what exists, the transfer (transfer.ts), and where the server
 * sends no COPYUID one FETCH on each side to pair the UIDs by Message-ID.
 */
export function transferSelection(account: Account, plan: TransferPlan): Promise<MoveResponse> {
  return withImap(account, (lease) => transferOnLease(lease, plan), { mailbox: plan.source.path, retry: 'never' });
}

/** transferSelection() on a lease the caller holds already (delete decides first whether it expunges). */
export async function transferOnLease(
  lease: ImapLease,
  { source, mode, destination: find, keywords }: TransferPlan,
): Promise<MoveResponse> {
  const { client, features } = lease;
  const destination = await find(client);
  if (samePath(destination, source.path)) {
    throw new AppError('BAD_REQUEST', 'The messages are in this folder already.');
  }
  await requireRights(lease, destination, 'mayAddItems');
  if (mode === 'move') await requireRights(lease, source.path, 'mayRemoveItems');
  const status = await destinationStatus(client, destination);
  const to = mailboxId(destination);
  const done = await withMailbox(client, source.path, async (mailbox) => {
    assertSameIncarnation(mailbox, source);
    const uids = await existingUids(client, source.set);
    if (uids.length === 0) return null;
    const set = uidSet(uids);
    // Read before the transfer: a move takes the originals (and their Message-IDs) away.
    const ids = features.uidplus ? null : await messageIds(client, set);
    if (keywords) await travelKeywords(lease, mailbox, set, keywords);
    return { set, ids, result: await transfer(lease, set, destination, mode) };
  });
  if (!done) return { moved: '', to, toUidValidity: status.uidValidity, uidMap: [], notes: [] };
  const notes: MoveNote[] = done.result.originalsMarkedDeleted ? ['originals-marked-deleted'] : [];
  const { copyUid } = done.result;
  if (copyUid) {
    const uidMap = [...copyUid.map].sort((a, b) => a[0] - b[0]);
    return { moved: uidSet(uidMap.map(([old]) => old)), to, toUidValidity: copyUid.uidValidity, uidMap, notes };
  }
  const uidMap = done.ids
    ? await withMailbox(client, destination, () => uidMapByMessageId(client, done.ids as Map<number, string>, status.uidNext), {
        readOnly: true,
      })
    : [];
  if (done.ids) notes.push('uid-map-by-message-id');
  if (uidMap.length < countOf(done.set)) notes.push('uid-map-incomplete');
  return { moved: done.set, to, toUidValidity: status.uidValidity, uidMap, notes };
}

/** How many UIDs an IMAP UID set without `*` names. */
export function countOf(set: string): number {
  return set.split(',').reduce((sum, run) => {
    const [from, until = from] = run.split(':').map(Number) as [number, number?];
    return sum + (until as number) - from + 1;
  }, 0);
}
