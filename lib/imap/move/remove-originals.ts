import 'server-only';
import type { StoreOptions } from 'imapflow';
import { expectDone } from '../connection/errors';
import type { ImapLease } from '../connection/pool';

// +FLAGS.SILENT: no untagged FETCH per message back (RFC 3501 §6.4.6).
const SILENT_BY_UID: StoreOptions = { uid: true, silent: true };

const REFUSED = 'The messages were copied, but the mail server refused to remove them from this folder.';

/**
 * Removes exactly these UIDs from the selected mailbox after a COPY: STORE +FLAGS.SILENT
 * \Deleted, then UID EXPUNGE of the same set (RFC 4315 §2.1), which leaves every other
 * \Deleted message alone. Without UIDPLUS the only expunge is the plain EXPUNGE of RFC 3501
 * §6.4.3, which removes every \Deleted message, including ones another client flagged and
 * still means to undelete: so it is never sent, and the originals stay flagged \Deleted
 * (hidden by clients that hide deleted mail) until the user empties the folder.
 */
export async function removeOriginals(lease: ImapLease, set: string): Promise<{ expunged: boolean }> {
  const { client, features } = lease;
  if (features.uidplus) {
    // messageDelete() with uid sends UID EXPUNGE when UIDPLUS is advertised (checked above);
    // its STORE passes `silent` on (imapflow's own move fallback relies on that too).
    expectDone(await lease.write(() => client.messageDelete(set, SILENT_BY_UID)), 'INTERNAL', REFUSED);
    return { expunged: true };
  }
  expectDone(await lease.write(() => client.messageFlagsAdd(set, ['\\Deleted'], SILENT_BY_UID)), 'INTERNAL', REFUSED);
  return { expunged: false };
}
