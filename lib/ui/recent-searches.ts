/** The search box's history, in this browser only: a query can name people, so it never goes to the server. */
export const RECENT_SEARCHES_KEY = 'letterbox.recent-searches';
const KEPT = 10;

/** localStorage's two methods; lib/client/browser-storage.ts hands over the browser's, or null. */
export type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem'>;

/** The remembered queries from their stored JSON, newest first; anything unreadable reads as none. */
export function recentSearches(stored: string | null): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  // Replayed oldest first, so a list edited by hand comes back trimmed, deduplicated and capped.
  const queries = parsed.filter((entry): entry is string => typeof entry === 'string');
  return queries.reduceRight<string[]>((list, query) => rememberSearch(list, query), []);
}

/** The list with `query` first; an earlier copy in any case goes, as does the oldest past ten. */
export function rememberSearch(list: readonly string[], query: string): string[] {
  const trimmed = query.trim();
  if (trimmed === '') return [...list];
  const lower = trimmed.toLowerCase();
  return [trimmed, ...list.filter((entry) => entry.toLowerCase() !== lower)].slice(0, KEPT);
}

export function readRecentSearches(storage: Storage | null): string[] {
  try {
    return recentSearches(storage?.getItem(RECENT_SEARCHES_KEY) ?? null);
  } catch {
    return [];
  }
}

/** Remembers `query` and returns the new list; a full or refused storage keeps the old one, silently. */
export function saveRecentSearch(query: string, storage: Storage | null): string[] {
  const list = rememberSearch(readRecentSearches(storage), query);
  try {
    storage?.setItem(RECENT_SEARCHES_KEY, JSON.stringify(list));
  } catch {
    // Forgetting a search is harmless; failing the search over it would not be.
  }
  return list;
}
