import type { ImapFlow } from 'imapflow';
import type { BenchContext } from '../context';
import { atom, fetchPreviews, fetchWindow, text, uidSortMatching } from '../floor/commands';
import { interleave, type OpResult, toResult } from '../measure';

/** What a search row asks: the query for the app, and the same keys for the floor. */
export interface SearchTerms {
  /** A sender of the newest INBOX message, and a word of its subject. */
  sender: string;
  word: string;
}

/**
 * Each run asks a query no run asked before (`after:` a different day of 2000, which every
 * seeded message is after), so neither side answers from a cache: the app's search cache
 * would otherwise serve every repeat, as it serves a second page (searchNextPage below).
 */
const sinceDay = (run: number) => 1 + (run % 28);
const imapDay = (run: number) => `${sinceDay(run)}-Jan-2000`;
const queryDay = (run: number) => `2000/01/${String(sinceDay(run)).padStart(2, '0')}`;

/** The floor's first page of a search: the SORT with the keys, then the window's rows as the list reads them. */
async function floorFirstPage(client: ImapFlow, keys: unknown[]): Promise<void> {
  const window = (await uidSortMatching(client, keys)).slice(0, 50);
  if (window.length === 0) return;
  await fetchWindow(client, window);
  await fetchPreviews(client, window);
}

/**
 * App: GET /api/search, first page of 50 in INBOX. Floor: `UID SORT (REVERSE DATE) UTF-8` with
 * the same keys, and the window's envelopes and previews. `from:` + `after:` names a header and
 * a date, which Dovecot answers from its index and cache; a free word (TEXT) reads every message.
 */
export async function searchFirstPage(
  ctx: BenchContext,
  kind: 'from-date' | 'word',
  terms: SearchTerms,
  sides: { app: BenchContext['app']; floor: ImapFlow; label: string } = { app: ctx.app, floor: ctx.floor, label: '' },
): Promise<OpResult> {
  const op = {
    key: `search-${kind}${sides.label ? `-${sides.label}` : ''}`,
    name:
      kind === 'from-date'
        ? 'Search from: + after:, first page (API vs direct UID SORT + FETCH)'
        : `Search a free word (TEXT), first page${sides.label ? `, ${sides.label}` : ', no full-text index'}`,
  };
  let appRun = 0;
  let floorRun = 0;
  const keys = (run: number) =>
    kind === 'from-date'
      ? [atom('FROM'), text(terms.sender), atom('SINCE'), atom(imapDay(run))]
      : [atom('TEXT'), text(terms.word), atom('SINCE'), atom(imapDay(run))];
  const query = (run: number) =>
    kind === 'from-date' ? `from:${terms.sender} after:${queryDay(run)}` : `${terms.word} after:${queryDay(run)}`;
  // Without an index a TEXT search reads every message file: from a cold page cache (a reboot, or
  // memory reclaimed since the seeding) the first took 16.8 s against 6.1 s warm, measured, and
  // ran past SEARCH_TIMEOUT_MS in the app. One untimed search reads them in; both sides are then warm.
  if (kind === 'word' && !sides.label) await floorFirstPage(sides.floor, [atom('TEXT'), text(terms.word)]);
  const samples = await interleave(
    {
      ...op,
      app: async () => {
        await sides.app.json('GET', `/api/search?${new URLSearchParams({ q: query(appRun++), limit: '50' })}`);
      },
      floor: () => floorFirstPage(sides.floor, keys(floorRun++)),
    },
    // Without an index each TEXT reads all 100,000 messages (seconds per side): five runs tell
    // the median, as the sort-order row caps its own.
    kind === 'word' && !sides.label ? Math.min(ctx.reps, 5) : ctx.reps,
    ctx.warmup,
  );
  return toResult(op, samples);
}

/**
 * The second page of a search: the app serves it from its cached matches (one window FETCH);
 * the floor, with no cache, sorts again and fetches the next 50 rows.
 */
export async function searchNextPage(ctx: BenchContext, terms: SearchTerms): Promise<OpResult> {
  const op = { key: 'search-next-page', name: 'Search: the next page (API from its cache vs direct SORT + FETCH)' };
  const q = `from:${terms.sender}`;
  const first = await ctx.app.json<{ nextCursor: string | null }>(
    'GET',
    `/api/search?${new URLSearchParams({ q, limit: '50' })}`,
  );
  const cursor = first.nextCursor;
  if (!cursor) return { ...op, app: null, floor: null, ratio: null, extra: { error: 'fewer than 51 matches' } };
  const samples = await interleave(
    {
      ...op,
      app: async () => {
        await ctx.app.json('GET', `/api/search?${new URLSearchParams({ q, limit: '50', cursor })}`);
      },
      floor: async () => {
        const window = (await uidSortMatching(ctx.floor, [atom('FROM'), text(terms.sender)])).slice(50, 100);
        await fetchWindow(ctx.floor, window);
        await fetchPreviews(ctx.floor, window);
      },
    },
    ctx.reps,
    ctx.warmup,
  );
  return toResult(op, samples);
}

/**
 * `in:anywhere`: every folder but Trash and Junk. App: GET /api/search?mailboxId=*. Floor: the
 * same folders one after the other on one connection (SELECT, SORT), then INBOX's window; the
 * app searches three folders at once over its pooled connections and merges by date.
 */
export async function searchAnywhere(ctx: BenchContext, terms: SearchTerms): Promise<OpResult> {
  const op = { key: 'search-anywhere', name: 'Search in:anywhere from: (API vs direct, folder by folder)' };
  const folders = (await ctx.floor.list())
    .filter((entry) => !entry.flags.has('\\Noselect') && !['\\Trash', '\\Junk'].includes(entry.specialUse ?? ''))
    .map((entry) => entry.path);
  let appRun = 0;
  let floorRun = 0;
  const samples = await interleave(
    {
      ...op,
      app: async () => {
        const q = `from:${terms.sender} after:${queryDay(appRun++)}`;
        await ctx.app.json('GET', `/api/search?${new URLSearchParams({ q, mailboxId: '*', limit: '50' })}`);
      },
      floor: async () => {
        const keys = [atom('FROM'), text(terms.sender), atom('SINCE'), atom(imapDay(floorRun++))];
        for (const path of folders) {
          await ctx.floor.mailboxOpen(path);
          const uids = await uidSortMatching(ctx.floor, keys);
          if (path === 'INBOX' && uids.length > 0) await fetchWindow(ctx.floor, uids.slice(0, 50));
        }
        await ctx.floor.mailboxOpen('INBOX');
      },
    },
    ctx.reps,
    ctx.warmup,
  );
  return { ...toResult(op, samples), extra: { folders: folders.length } };
}
