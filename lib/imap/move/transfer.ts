import 'server-only';
import type { CopyResponseObject } from 'imapflow';
import { expectDone } from '../connection/errors';
import type { ImapLease } from '../connection/pool';
import { removeOriginals } from './remove-originals';

export type TransferMode = 'move' | 'copy';

export interface Transferred {
  /** RFC 4315 COPYUID, when the server sent one: the destination's UIDVALIDITY and old → new UIDs. */
  copyUid?: { uidValidity: number; map: Map<number, number> };
  /** The originals were flagged \Deleted but could not be expunged safely (no UIDPLUS). */
  originalsMarkedDeleted: boolean;
}

const REFUSED = 'The mail server refused to move the messages.';

/**
 * One command for the whole set: UID MOVE (RFC 6851) where advertised, else UID COPY
 * followed by removing the originals (remove-originals.ts), which is RFC 6851 §3.3's
 * fallback made safe. imapflow's own messageMove() is used only where MOVE exists: its
 * fallback ends in messageDelete(), which on a server without UIDPLUS sends a plain
 * EXPUNGE and so also removes what other clients had flagged \Deleted.
 */
export async function transfer(lease: ImapLease, set: string, destination: string, mode: TransferMode): Promise<Transferred> {
  const { client, features } = lease;
  if (mode === 'move' && features.move) {
    const moved = expectDone(await lease.write(() => client.messageMove(set, destination, { uid: true })), 'INTERNAL', REFUSED);
    return { ...copyUidOf(moved, features.uidplus), originalsMarkedDeleted: false };
  }
  const copied = expectDone(await lease.write(() => client.messageCopy(set, destination, { uid: true })), 'INTERNAL', REFUSED);
  if (mode === 'copy') return { ...copyUidOf(copied, features.uidplus), originalsMarkedDeleted: false };
  const { expunged } = await removeOriginals(lease, set);
  return { ...copyUidOf(copied, features.uidplus), originalsMarkedDeleted: !expunged };
}

/**
 * COPYUID is UIDPLUS's response code (RFC 4315 §3): read only where UIDPLUS is advertised.
 * (Dovecot sends it even with the capability hidden, as on the minimal test server; a server
 * that really lacks UIDPLUS sends none, and the Message-ID map is what then runs.)
 */
function copyUidOf(response: CopyResponseObject, uidplus: boolean): Pick<Transferred, 'copyUid'> {
  if (!uidplus || !response.uidMap || response.uidValidity === undefined) return {};
  return { copyUid: { uidValidity: Number(response.uidValidity), map: response.uidMap } };
}
