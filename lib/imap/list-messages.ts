import 'server-only';
import type { ImapFlow, MailboxObject } from 'imapflow';
import type { ListMessagesQuery, MessagesResponse, SortKey } from '@/lib/schemas/message-list';
import type { Account } from '@/lib/session/account';
import { encodeCursor as encodeLiveCursor } from '@/lib/sync/mailbox-cursor';
import { readCursor } from '@/lib/sync/read-cursor';
import { arrivalWindow } from './commands/arrival-window';
import type { Features } from './connection/capabilities';
import { withImap } from './connection/pool';
import { withMailbox } from './connection/with-mailbox';
import { fetchSummaries, type ListWindow } from './list/fetch-summaries';
import { decodeCursor, encodeCursor, type ListCursor, startOf } from './list/list-cursor';
import { sortedUids } from './list/sorted-uids';

/**
 * One page of a mailbox and one FETCH of that window's envelopes. Arrival order pages by
 * sequence numbers (arrival-window.ts); every other order slices the cached sorted UID
 * list (sorted-uids.ts) at the cursor. A mailbox that is gone answers NOT_FOUND (errors.ts).
 */
export function listMessages(account: Account, path: string, query: ListMessagesQuery): Promise<MessagesResponse> {
  return withImap(
    account,
    ({ client, features }) => {
      return withMailbox(client, path, async (mailbox) => {
        const uidValidity = Number(mailbox.uidValidity);
        // The first page's, taken before the rows are read: a change that lands meanwhile is replayed, never missed.
        const liveCursor = query.cursor ? undefined : encodeLiveCursor(await readCursor(client, path, mailbox));
        const { sort, order } = query;
        const cursor = query.cursor ? decodeCursor(query.cursor, { uidValidity, sort, order }) : undefined;
        const page =
          sort === 'arrival'
            ? await arrivalPage(client, features, mailbox.exists, query, cursor)
            : await sortedPage(account, client, features, mailbox, { ...query, sort }, cursor);
        const scope = { host: account.host, port: account.port, user: account.user, path, uidValidity };
        const messages = await fetchSummaries(client, features, scope, page.window);
        const lastUid = messages.at(-1)?.uid;
        const position = page.start + messages.length;
        return {
          total: mailbox.exists,
          uidValidity,
          ...(mailbox.highestModseq ? { highestModseq: String(mailbox.highestModseq) } : {}),
          ...(mailbox.uidNext ? { uidNext: Number(mailbox.uidNext) } : {}),
          messages,
          nextCursor: page.more && lastUid !== undefined ? encodeCursor({ uidValidity, sort, order, position, lastUid }) : null,
          ...(liveCursor ? { liveCursor } : {}),
        };
      });
    },
    { mailbox: path },
  );
}

interface Page {
  window: ListWindow;
  /** Where the page starts in list order, and whether rows follow it. */
  start: number;
  more: boolean;
}

async function sortedPage(
  account: Account,
  client: ImapFlow,
  features: Features,
  mailbox: MailboxObject,
  { sort, order, limit }: ListMessagesQuery & { sort: Exclude<SortKey, 'arrival'> },
  cursor: ListCursor | undefined,
): Promise<Page> {
  const uids = await sortedUids(account, client, features, mailbox, sort, order);
  const start = startOf(cursor, uids);
  const window = Array.from(uids.subarray(start, start + limit));
  return { window: { uids: window }, start, more: start + window.length < uids.length };
}

async function arrivalPage(
  client: ImapFlow,
  features: Features,
  exists: number,
  { order, limit }: ListMessagesQuery,
  cursor: ListCursor | undefined,
): Promise<Page> {
  const sequence = await arrivalWindow(client, features, exists, order, limit, cursor?.lastUid);
  if (!sequence) return { window: { uids: [] }, start: cursor?.position ?? 0, more: false };
  const descending = order === 'desc';
  const start = descending ? exists - sequence.to : sequence.from - 1;
  const more = descending ? sequence.from > 1 : sequence.to < exists;
  return { window: { sequence, descending }, start, more };
}
