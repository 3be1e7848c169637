import 'server-only';
import type { ImapFlow, MailboxObject } from 'imapflow';
import { uidSort } from '@/lib/imap/commands/uid-sort';
import type { Features } from '@/lib/imap/connection/capabilities';
import type { SortKey, SortOrder } from '@/lib/schemas/message-list';
import type { Account } from '@/lib/session/account';
import { lastUid } from './last-uid';
import { cachedSort, storeSort } from './sort-cache';
import { sortWithoutServer } from './sort-fallback';

type SortedKey = Exclude<SortKey, 'arrival'>;

/**
 * Every UID of the selected mailbox in list order. SORT (RFC 5256) where the server has
 * it, the in-memory fallback otherwise. Cached while the mailbox keeps its UIDVALIDITY,
 * EXISTS and last UID (sort-cache.ts). Arrival order needs no list: arrival-window.ts.
 *
 * Why the last UID and not UIDNEXT: on a pooled connection that keeps the mailbox selected,
 * imapflow's UIDNEXT stays what SELECT said, so a message moved out (EXISTS - 1) and back
 * under a new UID (EXISTS + 1) left the key unchanged and the list without it. EXISTS and the
 * last UID name one set of UIDs: UIDs only grow (RFC 3501 §2.3.1.1), so a later set with the
 * same last UID can only have lost members, and with the same count it has lost none.
 */
export async function sortedUids(
  account: Account,
  client: ImapFlow,
  features: Features,
  mailbox: MailboxObject,
  sort: SortedKey,
  order: SortOrder,
): Promise<Uint32Array> {
  const key = [
    account.host,
    account.port,
    account.user,
    mailbox.path,
    mailbox.uidValidity,
    await lastUid(client, mailbox.exists),
    mailbox.exists,
    sort,
    order,
  ].join('\u0000');
  const hit = cachedSort(key);
  if (hit) return hit;
  const uids = Uint32Array.from(await computeOrder(client, features, sort, order));
  storeSort(key, uids);
  return uids;
}

async function computeOrder(client: ImapFlow, features: Features, sort: SortedKey, order: SortOrder): Promise<number[]> {
  return features.sort ? uidSort(client, sort, order) : sortWithoutServer(client, sort, order);
}
