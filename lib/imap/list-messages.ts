import 'server-only';
import type { ImapFlow } from 'imapflow';
import type { ListMessagesQuery, MessagesResponse } from '@/lib/schemas/messages';
import type { ImapAccount } from './account';
import { fetchSummaries } from './fetch-summaries';
import { decodeCursor, encodeCursor, startOf } from './list-cursor';
import { withImap } from './pool';
import { sortedUids } from './sorted-uids';
import { withMailbox } from './with-mailbox';

/**
 * One page of a mailbox: the sorted UID list (cached) sliced at the cursor, and one FETCH
 * of that window's envelopes. A mailbox that is gone answers NOT_FOUND (errors.ts).
 */
export function listMessages(account: ImapAccount, path: string, query: ListMessagesQuery): Promise<MessagesResponse> {
  return withImap(account, ({ client, features }) => {
    return withMailbox(client, path, async (mailbox) => {
      const uidValidity = Number(mailbox.uidValidity);
      const cursor = query.cursor ? decodeCursor(query.cursor, { uidValidity, sort: query.sort, order: query.order }) : undefined;
      const uids = await sortedUids(account, client, features, mailbox, query.sort, query.order);
      const start = startOf(cursor, uids);
      const window = Array.from(uids.subarray(start, start + query.limit));
      const messages = await fetchSummaries(client, features, path, uidValidity, window);
      const end = start + window.length;
      const lastUid = window.at(-1);
      return {
        total: mailbox.exists,
        // Counted for the first page only: deeper pages keep the count the client already has,
        // so paging costs one FETCH (and the NOOP), not a SEARCH per page.
        unseen: cursor ? null : await countUnseen(client),
        uidValidity,
        ...(mailbox.highestModseq ? { highestModseq: String(mailbox.highestModseq) } : {}),
        messages,
        nextCursor:
          end < uids.length && lastUid !== undefined
            ? encodeCursor({ uidValidity, sort: query.sort, order: query.order, position: end, lastUid })
            : null,
      };
    });
  });
}

/** UNSEEN count: ESEARCH COUNT (RFC 4731) where the server has it, else the SEARCH result's length. */
async function countUnseen(client: ImapFlow): Promise<number | null> {
  const result = await client.search({ seen: false }, { uid: true, returnOptions: ['COUNT'] });
  if (Array.isArray(result)) return result.length;
  return result ? (result.count ?? 0) : null;
}
