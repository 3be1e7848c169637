import 'server-only';
import type { ImapFlow } from 'imapflow';
import type { SearchCriteria } from '@/lib/search/search-criteria';
import { atom, type RawAttribute, type RawUntagged, rawCommand, tokenText } from './raw-command';

/** The UIDs that match, ascending, and how many (ESEARCH's COUNT, or the list's length). */
export interface SearchResult {
  uids: number[];
  count: number;
}

/**
 * A UID set as ESEARCH writes it (`1:3,7,9:10`, RFC 4731 §3.1), expanded to at most `limit`
 * UIDs (the messages the mailbox holds): a set written too wide cannot make the loop run to 2³².
 */
export function expandUidSet(set: string, limit: number): number[] {
  const uids: number[] = [];
  for (const range of set.split(',')) {
    const [from, to = from] = range.split(':').map(Number) as [number, number?];
    if (!Number.isInteger(from) || !Number.isInteger(to) || Math.min(from, to) < 1) continue;
    for (let uid = Math.min(from, to); uid <= Math.max(from, to) && uids.length < limit; uid += 1) uids.push(uid);
  }
  return uids;
}

/**
 * `UID SEARCH` with the query's keys (search-criteria.ts) in the selected mailbox: imapflow's
 * own search() takes an object that cannot say everything a query can (two FROMs ANDed), and
 * has no ESEARCH. With ESEARCH (RFC 4731) the answer is `RETURN (ALL COUNT)`: the UIDs as a
 * compact set and their count in one response. `CHARSET UTF-8` is sent only for a non-ASCII
 * value, and not once UTF8=ACCEPT is enabled (RFC 6855 §3 forbids it then). Values travel as
 * imapflow's quoted strings or literals, never spliced into the command.
 */
export async function uidSearch(client: ImapFlow, criteria: SearchCriteria): Promise<SearchResult> {
  const esearch = client.capabilities.has('ESEARCH');
  const charset = criteria.utf8 && !client.enabled.has('UTF8=ACCEPT') ? [atom('CHARSET'), atom('UTF-8')] : [];
  const returns: RawAttribute[] = esearch ? [atom('RETURN'), [atom('ALL'), atom('COUNT')]] : [];
  const result: SearchResult = { uids: [], count: 0 };
  // imapflow's parser hands `* SEARCH 2 5` over as `numbers`, not attributes.
  const plain = (untagged: RawUntagged & { numbers?: number[] }) => {
    for (const uid of untagged.numbers ?? []) if (Number.isInteger(uid) && uid > 0) result.uids.push(uid);
    result.count = result.uids.length;
  };
  // `* ESEARCH (TAG "A5") UID ALL 1:3,7 COUNT 4`: name–value pairs after the correlator and UID.
  const held = client.mailbox ? client.mailbox.exists : 0;
  const extended = ({ attributes }: RawUntagged) => {
    const items = (attributes ?? []).filter((attribute) => !Array.isArray(attribute)).map(tokenText);
    for (let index = 0; index < items.length; index += 1) {
      const name = items[index]?.toUpperCase();
      if (name === 'ALL') result.uids = expandUidSet(items[index + 1] ?? '', held);
      if (name === 'COUNT') result.count = Number(items[index + 1] ?? 0);
    }
  };
  await rawCommand(client, 'UID SEARCH', [...returns, ...charset, ...criteria.attributes], { SEARCH: plain, ESEARCH: extended });
  result.uids.sort((a, b) => a - b);
  return result;
}
