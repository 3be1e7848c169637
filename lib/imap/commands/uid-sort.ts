import 'server-only';
import type { ImapFlow } from 'imapflow';
import type { SortKey, SortOrder } from '@/lib/schemas/message-list';
import { atom, type RawAttribute, type RawUntagged, rawCommand } from './raw-command';

/** The RFC 5256 sort criterion for each list order. ARRIVAL is INTERNALDATE. */
const CRITERION: Record<Exclude<SortKey, 'arrival'>, string> = { date: 'DATE', from: 'FROM', subject: 'SUBJECT', size: 'SIZE' };

/**
 * `UID SORT (REVERSE DATE) UTF-8 ALL` (RFC 5256): imapflow has no SORT helper. Called under
 * the mailbox lock and covered by the Dovecot tests; only ever used when CAPABILITY lists SORT.
 * `keys` are a search's (search-criteria.ts): SORT takes the same keys as SEARCH, and its
 * charset is always named, so a non-ASCII value needs nothing more (RFC 5256 §3).
 */
export async function uidSort(
  client: ImapFlow,
  key: Exclude<SortKey, 'arrival'>,
  order: SortOrder,
  keys: RawAttribute[] = [atom('ALL')],
): Promise<number[]> {
  const criteria = [...(order === 'desc' ? [atom('REVERSE')] : []), atom(CRITERION[key])];
  const uids: number[] = [];
  const collect = ({ attributes }: RawUntagged) => {
    for (const attribute of attributes ?? []) {
      const uid = Array.isArray(attribute) ? Number.NaN : Number(attribute.value);
      if (Number.isInteger(uid) && uid > 0) uids.push(uid);
    }
  };
  await rawCommand(client, 'UID SORT', [criteria, atom('UTF-8'), ...keys], { SORT: collect });
  return uids;
}
