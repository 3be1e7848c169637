import 'server-only';
import type { ImapFlow } from 'imapflow';
import { messageIds } from './message-ids';

/**
 * Without COPYUID (no UIDPLUS, RFC 4315), the new UIDs are found by Message-ID among the
 * destination's messages from its UIDNEXT before the transfer onward. A Message-ID that is
 * not unique on either side (a duplicate, or another client's message arriving meanwhile)
 * pairs nothing rather than a wrong message. Runs with the destination selected.
 */
export async function uidMapByMessageId(
  client: ImapFlow,
  sourceIds: Map<number, string>,
  uidNextBefore: number,
): Promise<Array<[number, number]>> {
  // `n:*` also names the last message when none is >= n (RFC 3501 §9): filter below.
  const arrived = await messageIds(client, `${uidNextBefore}:*`);
  const destination = uniqueByValue(new Map([...arrived].filter(([uid]) => uid >= uidNextBefore)));
  const source = uniqueByValue(sourceIds);
  const pairs: Array<[number, number]> = [];
  for (const [id, oldUid] of source) {
    const newUid = destination.get(id);
    if (newUid !== undefined) pairs.push([oldUid, newUid]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}

/** Message-ID → UID for the ids that occur once. */
function uniqueByValue(byUid: Map<number, string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const id of byUid.values()) counts.set(id, (counts.get(id) ?? 0) + 1);
  const unique = new Map<string, number>();
  for (const [uid, id] of byUid) if (counts.get(id) === 1) unique.set(id, uid);
  return unique;
}
