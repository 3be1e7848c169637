import 'server-only';
import { assigneeOf } from '@/lib/sharing/team-keywords';
import { uidSet } from './commands/uid-set';
import type { ImapLease } from './connection/pool';
import { type FlagChange, storeUnchangedSince } from './store-unchanged-since';

/** A claim is a STORE that adds someone's `$Assigned_<member>` (lib/sharing/team-keywords.ts). */
export const isClaim = (add: readonly string[]) => add.some((flag) => assigneeOf([flag]) !== null);

/**
 * A claim refused only because something else changed: taken again, once, if nobody has taken
 * the message meanwhile. Dovecot 2.3 with INDEXPVT raises a message's MODSEQ for every reader
 * when any one of them changes their own \Seen (measured: carol opening it moved bob's 5 to 6),
 * so "the modseq the taker saw" goes stale each time a teammate reads it. The retry is itself
 * UNCHANGEDSINCE the modseq just read (RFC 7162 §3.1.3): two retries racing still have one
 * winner. Answers the UIDs still refused (taken by someone, or changed again).
 */
export async function retryUnclaimed(lease: ImapLease, conflicts: readonly number[], change: FlagChange): Promise<number[]> {
  const messages = await lease.client.fetchAll(uidSet([...conflicts]), { uid: true, flags: true }, { uid: true });
  const fetched = new Set(messages.map((message) => message.uid));
  // Expunged meanwhile: still refused, as before.
  const refused = conflicts.filter((uid) => !fetched.has(uid));
  for (const message of messages) {
    if (assigneeOf([...(message.flags ?? [])]) !== null || message.modseq === undefined) refused.push(message.uid);
    else refused.push(...(await storeUnchangedSince(lease, String(message.uid), message.modseq.toString(), change)));
  }
  return refused.sort((a, b) => a - b);
}
