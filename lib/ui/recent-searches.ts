/**
 * The search box's history, in this browser only: a query can name people, so it never goes
 * to the server. It belongs to one account (`owner`): another account signing in on the same
 * browser, after a sign-out or an expired session, starts with none, and signing out forgets it.
 */
export const RECENT_SEARCHES_KEY = 'letterbox.recent-searches';
const KEPT = 10;

/** localStorage's methods; lib/client/browser-storage.ts hands over the browser's, or null. */
export type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Who a history belongs to: the account, as the session names it. */
export function searchHistoryOwner(session: { user: string; host: string; port: number }): string {
  return `${session.user}@${session.host}:${session.port}`;
}

/** `owner`'s remembered queries from their stored JSON, newest first; anything unreadable, or another account's, reads as none. */
export function recentSearches(stored: string | null, owner: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored ?? 'null');
  } catch {
    return [];
  }
  if (typeof parsed !== 'object' || parsed === null) return [];
  const { owner: storedOwner, queries: storedQueries } = parsed as { owner?: unknown; queries?: unknown };
  if (storedOwner !== owner || !Array.isArray(storedQueries)) return [];
  // Replayed oldest first, so a list edited by hand comes back trimmed, deduplicated and capped.
  const queries = storedQueries.filter((entry): entry is string => typeof entry === 'string');
  return queries.reduceRight<string[]>((list, query) => rememberSearch(list, query), []);
}

/** The list with `query` first; an earlier copy in any case goes, as does the oldest past ten. */
export function rememberSearch(list: readonly string[], query: string): string[] {
  const trimmed = query.trim();
  if (trimmed === '') return [...list];
  const lower = trimmed.toLowerCase();
  return [trimmed, ...list.filter((entry) => entry.toLowerCase() !== lower)].slice(0, KEPT);
}

export function readRecentSearches(storage: Storage | null, owner: string): string[] {
  try {
    return recentSearches(storage?.getItem(RECENT_SEARCHES_KEY) ?? null, owner);
  } catch {
    return [];
  }
}

/** Remembers `query` for `owner` (replacing another account's history) and returns the new list; a full or refused storage keeps the old one, silently. */
export function saveRecentSearch(query: string, storage: Storage | null, owner: string): string[] {
  const queries = rememberSearch(readRecentSearches(storage, owner), query);
  try {
    storage?.setItem(RECENT_SEARCHES_KEY, JSON.stringify({ owner, queries }));
  } catch {
    // Forgetting a search is harmless; failing the search over it would not be.
  }
  return queries;
}

/** Signing out forgets the history: the next person at this browser sees none of it. */
export function forgetRecentSearches(storage: Storage | null): void {
  try {
    storage?.removeItem(RECENT_SEARCHES_KEY);
  } catch {
    // A storage refusing access holds nothing of ours either.
  }
}
