import 'server-only';
import type { ImapFlow } from 'imapflow';
import { expectDone } from '../connection/errors';

/**
 * Which of the requested UIDs exist in the selected mailbox: one `UID SEARCH UID <set>`
 * (RFC 3501 §6.4.4), whatever the size of the set. UIDs another client expunged meanwhile
 * drop out here, so the answer names only messages that were really moved.
 */
export async function existingUids(client: ImapFlow, set: string): Promise<number[]> {
  const uids = expectDone(await client.search({ uid: set }, { uid: true }), 'INTERNAL', 'The mail server refused the search.');
  return [...uids].sort((a, b) => a - b);
}
