import 'server-only';
import type { ImapFlow } from 'imapflow';

/**
 * The UID of the selected mailbox's last message (`FETCH * (UID)`, RFC 3501 §6.4.5), or 0
 * when it is empty. imapflow's UIDNEXT is the one SELECT reported: a connection that keeps
 * the mailbox selected hears of new messages only as EXISTS, which carries no UID.
 */
export async function lastUid(client: ImapFlow, exists: number): Promise<number> {
  if (exists === 0) return 0;
  const last = await client.fetchOne('*', { uid: true });
  return last ? last.uid : 0;
}
