import { describe, expect, it } from 'vitest';
import { browserStorage } from '@/lib/client/browser-storage';
import {
  forgetRecentSearches,
  RECENT_SEARCHES_KEY,
  readRecentSearches,
  recentSearches,
  rememberSearch,
  saveRecentSearch,
  searchHistoryOwner,
} from '@/lib/ui/recent-searches';

const ANA = searchHistoryOwner({ user: 'ana', host: '127.0.0.1', port: 1143 });
const BOB = searchHistoryOwner({ user: 'bob', host: '127.0.0.1', port: 1143 });
const stored = (queries: unknown[], owner: string = ANA) => JSON.stringify({ owner, queries });

/** A Storage that keeps one map, or throws where a full or locked-down browser would. */
function memoryStorage(fail: { get?: boolean; set?: boolean } = {}) {
  const items = new Map<string, string>();
  return {
    items,
    getItem(key: string) {
      if (fail.get) throw new Error('SecurityError');
      return items.get(key) ?? null;
    },
    setItem(key: string, value: string) {
      if (fail.set) throw new Error('QuotaExceededError');
      items.set(key, value);
    },
    removeItem(key: string) {
      if (fail.set) throw new Error('SecurityError');
      items.delete(key);
    },
  };
}

describe('remembering a search', () => {
  it('puts the newest first and drops an earlier copy, whatever its case', () => {
    expect(rememberSearch(['is:unread', 'From:Ana'], 'from:ana')).toEqual(['from:ana', 'is:unread']);
  });

  it('keeps ten', () => {
    const list = Array.from({ length: 10 }, (_, index) => `q${index}`);
    const next = rememberSearch(list, 'new');
    expect(next).toHaveLength(10);
    expect(next[0]).toBe('new');
    expect(next).not.toContain('q9');
  });

  it('trims, and ignores a blank query', () => {
    expect(rememberSearch(['a'], '  b  ')).toEqual(['b', 'a']);
    expect(rememberSearch(['a'], '   ')).toEqual(['a']);
  });
});

describe('the stored list', () => {
  it('reads what was stored, newest first', () => {
    expect(recentSearches(stored(['b', 'a']), ANA)).toEqual(['b', 'a']);
  });

  it('reads nothing stored, bad JSON or another shape as no searches', () => {
    expect(recentSearches(null, ANA)).toEqual([]);
    expect(recentSearches('{not json', ANA)).toEqual([]);
    expect(recentSearches('{"a":1}', ANA)).toEqual([]);
    // The shape before histories had owners: nobody's.
    expect(recentSearches(JSON.stringify(['b', 'a']), ANA)).toEqual([]);
  });

  it('cleans a list edited by hand: non-strings, blanks, duplicates and the excess go', () => {
    const list = recentSearches(stored(['b', 3, ' ', 'B', null, ...Array.from({ length: 12 }, (_, index) => `q${index}`)]), ANA);
    expect(list.slice(0, 3)).toEqual(['b', 'q0', 'q1']);
    expect(list).toHaveLength(10);
  });

  it('saves under its key and reads back', () => {
    const storage = memoryStorage();
    saveRecentSearch('from:ana', storage, ANA);
    expect(saveRecentSearch('is:unread', storage, ANA)).toEqual(['is:unread', 'from:ana']);
    expect(JSON.parse(storage.items.get(RECENT_SEARCHES_KEY) ?? '')).toEqual({ owner: ANA, queries: ['is:unread', 'from:ana'] });
    expect(readRecentSearches(storage, ANA)).toEqual(['is:unread', 'from:ana']);
  });

  it('is one account’s: another signing in on the browser sees none of it, and its first search replaces it', () => {
    const storage = memoryStorage();
    saveRecentSearch('from:ana', storage, ANA);
    expect(readRecentSearches(storage, BOB)).toEqual([]);
    expect(saveRecentSearch('invoice', storage, BOB)).toEqual(['invoice']);
    expect(readRecentSearches(storage, ANA)).toEqual([]);
  });

  it('is forgotten on sign-out, and a storage refusing that is no error', () => {
    const storage = memoryStorage();
    saveRecentSearch('from:ana', storage, ANA);
    forgetRecentSearches(storage);
    expect(storage.items.has(RECENT_SEARCHES_KEY)).toBe(false);
    expect(() => forgetRecentSearches(memoryStorage({ set: true }))).not.toThrow();
    expect(() => forgetRecentSearches(null)).not.toThrow();
  });

  it('works without storage, or with one that refuses, as if nothing were remembered', () => {
    expect(readRecentSearches(null, ANA)).toEqual([]);
    expect(saveRecentSearch('x', null, ANA)).toEqual(['x']);
    expect(readRecentSearches(memoryStorage({ get: true }), ANA)).toEqual([]);
    expect(saveRecentSearch('x', memoryStorage({ set: true }), ANA)).toEqual(['x']);
  });

  it('finds no storage on the server (no window) rather than throwing', () => {
    expect(browserStorage()).toBeNull();
    expect(readRecentSearches(browserStorage(), ANA)).toEqual([]);
  });
});
