import 'server-only';
import type { MailboxObject, StoreOptions } from 'imapflow';
import { expectDone } from '../connection/errors';
import type { ImapLease } from '../connection/pool';

export interface KeywordChange {
  add: string[];
  remove: string[];
}

const SILENT_BY_UID: StoreOptions = { uid: true, silent: true };
const REFUSED = 'The mail server refused to mark the messages.';

/**
 * Sets and clears keywords ($Junk/$NotJunk) on the originals before they move: COPY and MOVE
 * carry flags along (RFC 3501 §6.4.7, RFC 6851 §3), so the destination gets them without
 * selecting it. A mailbox whose PERMANENTFLAGS cannot keep a keyword (no `\*`, RFC 3501 §7.1)
 * moves the messages without it; the folder they land in says enough.
 */
export async function travelKeywords(lease: ImapLease, mailbox: MailboxObject, set: string, change: KeywordChange) {
  const { client } = lease;
  const keepable = (flag: string) =>
    !mailbox.permanentFlags || mailbox.permanentFlags.has('\\*') || mailbox.permanentFlags.has(flag);
  const add = change.add.filter(keepable);
  if (add.length) expectDone(await lease.write(() => client.messageFlagsAdd(set, add, SILENT_BY_UID)), 'INTERNAL', REFUSED);
  if (change.remove.length) {
    expectDone(await lease.write(() => client.messageFlagsRemove(set, change.remove, SILENT_BY_UID)), 'INTERNAL', REFUSED);
  }
}
