import 'server-only';
import type { MoveResponse } from '@/lib/schemas/move';
import { requireRights } from '@/lib/sharing/require-rights';
import { uidSet } from '../commands/uid-set';
import type { ImapLease } from '../connection/pool';
import { withMailbox } from '../connection/with-mailbox';
import { existingUids } from './existing-uids';
import { removeOriginals } from './remove-originals';
import { assertSameIncarnation, type Source } from './selection';

/**
 * Deletes a selection for good (from Trash): exactly these UIDs are flagged \Deleted and
 * expunged with UID EXPUNGE (RFC 4315), so another client's \Deleted messages in the same
 * folder stay. Without UIDPLUS they stay flagged \Deleted instead (remove-originals.ts).
 */
export async function expungeSelection(lease: ImapLease, source: Source): Promise<MoveResponse> {
  const { client } = lease;
  await requireRights(lease, source.path, 'mayRemoveItems');
  return withMailbox(client, source.path, async (mailbox) => {
    assertSameIncarnation(mailbox, source);
    const uids = await existingUids(client, source.set);
    if (uids.length === 0) return { moved: '', to: null, uidMap: [], notes: [] };
    const set = uidSet(uids);
    const { expunged } = await removeOriginals(lease, set);
    return { moved: set, to: null, uidMap: [], notes: expunged ? [] : ['originals-marked-deleted'] };
  });
}
