import 'server-only';
import { env } from '@/lib/config/env';
import { AppError } from '@/lib/errors/app-error';
import { mailboxId } from '@/lib/ids';
import type { SearchGap, SearchQuery, SearchResponse, SearchRow } from '@/lib/schemas/search';
import type { Account } from '@/lib/session/account';
import { gmailRawCriteria } from './gmail-raw';
import { labelKeywords } from './label-keywords';
import { mapBounded } from './map-bounded';
import { parseQuery } from './parse-query';
import { planSearch } from './plan-search';
import { type ParsedQuery, QuerySyntaxError } from './query-ast';
import { searchCriteria } from './search-criteria';
import { decodeSearchCursor, encodeSearchCursor, type SearchCursor, searchFingerprint } from './search-cursor';
import { type FolderPage, type FolderQuery, searchFolder } from './search-folder';

type Outcome = { page: FolderPage } | { gap: SearchGap; error: AppError };

/**
 * A search on the IMAP server (issue 15): the query parsed into SEARCH keys, each folder
 * searched over the session's pooled connections (a few at a time), the folders' newest-first
 * matches merged by date into one page. A folder that fails is named in `gaps`, not fatal,
 * unless it was the only one; a cursor carries each folder's place to the next page.
 */
export async function searchMessages(account: Account, query: SearchQuery, signal?: AbortSignal): Promise<SearchResponse> {
  const parsed = parse(query.q);
  const [plan, keywordOf] = await Promise.all([
    planSearch(account, parsed.scope, query.mailboxId),
    labelKeywords(account, parsed.node),
  ]);
  const criteria = plan.gmailRaw
    ? gmailRawCriteria(query.q)
    : searchCriteria(parsed.node, { within: plan.within, keywordOf, now: new Date(), user: account.user });
  const folderQuery: FolderQuery = { criteria, key: JSON.stringify(criteria.attributes) };
  const fingerprint = searchFingerprint(query.q, query.mailboxId);
  const positions: SearchCursor = query.cursor ? decodeSearchCursor(query.cursor, fingerprint) : new Map();
  const concurrency = Math.min(env().SEARCH_CONCURRENCY, env().IMAP_POOL_PER_SESSION);
  const outcomes = await mapBounded(
    plan.paths,
    concurrency,
    (path): Promise<Outcome> =>
      searchFolder(account, path, folderQuery, { from: positions.get(path), limit: query.limit, signal }).then(
        (page) => ({ page }),
        (error: unknown) => ({ gap: { mailboxId: mailboxId(path), path, reason: gapReason(error) }, error: error as AppError }),
      ),
    signal,
  );
  if (signal?.aborted) throw new AppError('SEARCH_TIMEOUT', 'The search was cancelled.');
  rethrowFatal(outcomes, plan.everywhere);
  const pages = outcomes.flatMap((outcome) => ('page' in outcome ? [outcome.page] : []));
  const { rows, taken } = mergeByDate(pages, query.limit);
  const next: SearchCursor = new Map(positions);
  let more = false;
  pages.forEach((page, index) => {
    const count = taken[index] ?? 0;
    const last = page.rows[count - 1];
    const previous = positions.get(page.path);
    next.set(page.path, {
      uidValidity: page.uidValidity,
      position: page.start + count,
      lastUid: last ? last.uid : (previous?.lastUid ?? 0),
    });
    if (page.start + count < page.total) more = true;
  });
  const gaps = [
    ...outcomes.flatMap((outcome) => ('gap' in outcome ? [outcome.gap] : [])),
    ...pages.filter((page) => page.largeSkipped).map((page) => gapOf(page.path, 'large-skipped')),
  ];
  return {
    messages: rows,
    total: pages.reduce((sum, page) => sum + page.total, 0),
    nextCursor: more ? encodeSearchCursor(fingerprint, next) : null,
    mailboxIds: plan.paths.map(mailboxId),
    gaps,
  };
}

function parse(q: string): ParsedQuery {
  try {
    return parseQuery(q);
  } catch (error) {
    // The message names the token and its 1-based position: the user's own text, nothing internal.
    if (error instanceof QuerySyntaxError) throw new AppError('BAD_REQUEST', error.message, { cause: error });
    throw error;
  }
}

const gapOf = (path: string, reason: SearchGap['reason']): SearchGap => ({ mailboxId: mailboxId(path), path, reason });

function gapReason(error: unknown): SearchGap['reason'] {
  const code = error instanceof AppError ? error.code : null;
  return code === 'SEARCH_TIMEOUT' ? 'timeout' : code === 'NOT_FOUND' ? 'gone' : 'failed';
}

/**
 * What a failing folder means for the answer. Searching one folder, only the server dying on
 * the query is answered (empty, with the gap: "must still answer"); anything else is the
 * error. Searching many, a folder that times out, is gone or fails is a gap, but an error about
 * the whole request (signed out, a cursor from a recreated folder, a bug) is thrown, and when
 * every folder timed out the answer is the timeout.
 */
function rethrowFatal(outcomes: Outcome[], everywhere: boolean): void {
  const failed = outcomes.flatMap((outcome) => ('error' in outcome ? [outcome] : []));
  for (const { error } of failed) {
    const known = error instanceof AppError && ['SEARCH_TIMEOUT', 'SEARCH_FAILED', 'NOT_FOUND', 'IMAP_BUSY'].includes(error.code);
    if (!known || (!everywhere && error.code !== 'SEARCH_FAILED')) throw error;
  }
  const first = failed[0];
  if (first && failed.length === outcomes.length && failed.every(({ gap }) => gap.reason === 'timeout')) throw first.error;
}

/** The newest `limit` rows of the folders' pages (each newest first), and how many each gave. */
function mergeByDate(pages: FolderPage[], limit: number): { rows: SearchRow[]; taken: number[] } {
  const taken = pages.map(() => 0);
  const rows: SearchRow[] = [];
  while (rows.length < limit) {
    let best = -1;
    let bestTime = Number.NEGATIVE_INFINITY;
    pages.forEach((page, index) => {
      const row = page.rows[taken[index] ?? 0];
      if (!row) return;
      const parsed = Date.parse(row.date);
      const time = Number.isNaN(parsed) ? Number.NEGATIVE_INFINITY : parsed;
      if (best < 0 || time > bestTime) {
        best = index;
        bestTime = time;
      }
    });
    if (best < 0) break;
    const page = pages[best] as FolderPage;
    const row = page.rows[taken[best] ?? 0];
    if (row) rows.push({ ...row, mailboxId: mailboxId(page.path) });
    taken[best] = (taken[best] ?? 0) + 1;
  }
  return { rows, taken };
}
