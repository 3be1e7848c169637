import 'server-only';
import type { ImapFlow, MailboxObject } from 'imapflow';
import { AppError } from '@/lib/errors/app-error';
import { atom, type RawAttribute } from '@/lib/imap/commands/raw-command';
import { uidSearch } from '@/lib/imap/commands/uid-search';
import { uidSort } from '@/lib/imap/commands/uid-sort';
import type { Features } from '@/lib/imap/connection/capabilities';
import { isConnectionLost } from '@/lib/imap/connection/errors';
import { withImap } from '@/lib/imap/connection/pool';
import { withMailbox } from '@/lib/imap/connection/with-mailbox';
import { fetchSummaries } from '@/lib/imap/list/fetch-summaries';
import { lastUid } from '@/lib/imap/list/last-uid';
import { startOf } from '@/lib/imap/list/list-cursor';
import { sortWithoutServer } from '@/lib/imap/list/sort-fallback';
import type { MessageSummary } from '@/lib/schemas/message-list';
import type { Account } from '@/lib/session/account';
import { readCursor } from '@/lib/sync/read-cursor';
import { boundedSearch } from './bounded-search';
import { cachedMatches, failedBefore, rememberFailure, storeMatches } from './search-cache';
import type { SearchCriteria } from './search-criteria';

/** The query as SEARCH keys, and a stable text of them for cache keys. */
export interface FolderQuery {
  criteria: SearchCriteria;
  key: string;
}

/** Where a folder's results were left by the previous page (search-cursor.ts). */
export interface FolderPosition {
  uidValidity: number;
  position: number;
  lastUid: number;
}

export interface FolderPage {
  path: string;
  uidValidity: number;
  /** Every match in the folder. */
  total: number;
  /** Where `rows` start among the matches, newest first. */
  start: number;
  rows: MessageSummary[];
  /** The server died on this query, so messages over LARGE_BYTES were left out (SearchGap's large-skipped). */
  largeSkipped: boolean;
}

/** Dovecot 2.3 panics on SEARCH SUBJECT/HEADER over a header line of ~10 MB; a message holding one is larger. */
const LARGE_BYTES = 10_000_000;

/**
 * One folder's matches, newest first, and the rows of the next `limit` of them. A search the
 * server dies under (SEARCH_FAILED) is asked once more without messages over 10 MB, and that
 * is said in the answer; a second death fails the folder. Neither is ever repeated in a loop:
 * failures are remembered (search-cache.ts).
 */
export async function searchFolder(
  account: Account,
  path: string,
  query: FolderQuery,
  window: { from: FolderPosition | undefined; limit: number; signal?: AbortSignal },
): Promise<FolderPage> {
  try {
    return await searchOnce(account, path, query, window, false);
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'SEARCH_FAILED') throw error;
    return searchOnce(account, path, query, window, true);
  }
}

function searchOnce(
  account: Account,
  path: string,
  query: FolderQuery,
  { from, limit, signal }: { from: FolderPosition | undefined; limit: number; signal?: AbortSignal },
  skipLarge: boolean,
): Promise<FolderPage> {
  return withImap(
    account,
    ({ client, features }) =>
      withMailbox(client, path, async (mailbox) => {
        const uidValidity = Number(mailbox.uidValidity);
        // RFC 3501 §2.3.1.1: a new UIDVALIDITY means the previous page's UIDs name nothing now.
        if (from && from.uidValidity !== uidValidity) throw new AppError('CONFLICT', 'A folder was recreated; search again.');
        const uids = await matches({ account, client, features, mailbox, query, skipLarge, signal });
        const start = startOf(from, uids);
        const window = Array.from(uids.subarray(start, start + limit));
        const scope = { host: account.host, port: account.port, user: account.user, path, uidValidity };
        const rows = await fetchSummaries(client, features, scope, { uids: window });
        return { path, uidValidity, total: uids.length, start, rows, largeSkipped: skipLarge };
      }),
    { mailbox: path },
  );
}

interface MatchInput {
  account: Account;
  client: ImapFlow;
  features: Features;
  mailbox: MailboxObject;
  query: FolderQuery;
  skipLarge: boolean;
  signal: AbortSignal | undefined;
}

async function matches(input: MatchInput): Promise<Uint32Array> {
  const { account, client, features, mailbox, query, skipLarge, signal } = input;
  const who = [account.host, account.port, account.user, mailbox.path, query.key, skipLarge].join('\u0000');
  const key = `${who}\u0000${mailbox.uidValidity}\u0000${await stamp(client, mailbox)}`;
  const hit = cachedMatches(key);
  if (hit) return hit;
  if (failedBefore(who)) throw new AppError('SEARCH_FAILED');
  const keys: RawAttribute[] = skipLarge
    ? [...query.criteria.attributes, atom('SMALLER'), atom(String(LARGE_BYTES))]
    : query.criteria.attributes;
  try {
    const uids = await boundedSearch(client, signal, async () => {
      // SORT (RFC 5256) orders on the server; without it, the matches' dates are read and sorted here.
      if (features.sort) return uidSort(client, 'date', 'desc', keys);
      const found = await uidSearch(client, { attributes: keys, utf8: query.criteria.utf8 });
      return sortWithoutServer(client, 'date', 'desc', found.uids);
    });
    const result = Uint32Array.from(uids);
    storeMatches(key, result);
    return result;
  } catch (error) {
    if (error instanceof AppError || !(isConnectionLost(error) || !client.usable)) throw error;
    // The connection was fine a moment ago (withMailbox's NOOP or SELECT): the server died on this query.
    rememberFailure(who);
    throw new AppError('SEARCH_FAILED', undefined, { cause: error });
  }
}

/**
 * Where the mailbox stands: STATUS HIGHESTMODSEQ (read-cursor.ts says why not imapflow's
 * estimate) and EXISTS with CONDSTORE; without it, EXISTS and the last UID (sorted-uids.ts).
 */
async function stamp(client: ImapFlow, mailbox: MailboxObject): Promise<string> {
  if (client.enabled.has('CONDSTORE') && !mailbox.noModseq) {
    const cursor = await readCursor(client, mailbox.path, mailbox);
    return `m${cursor.highestModseq}:${mailbox.exists}`;
  }
  return `e${mailbox.exists}:${await lastUid(client, mailbox.exists)}`;
}
