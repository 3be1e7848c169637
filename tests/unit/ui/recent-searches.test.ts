import { browserStorage } from '@/lib/client/browser-storage';
import { describe, expect, it } from 'vitest';
import {
  RECENT_SEARCHES_KEY,
  readRecentSearches,
  recentSearches,
  rememberSearch,
  saveRecentSearch,
} from '@/lib/ui/recent-searches';

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
    expect(recentSearches(JSON.stringify(['b', 'a']))).toEqual(['b', 'a']);
  });

  it('reads nothing stored, bad JSON or another shape as no searches', () => {
    expect(recentSearches(null)).toEqual([]);
    expect(recentSearches('{not json')).toEqual([]);
    expect(recentSearches('{"a":1}')).toEqual([]);
  });

  it('cleans a list edited by hand: non-strings, blanks, duplicates and the excess go', () => {
    const stored = JSON.stringify(['b', 3, ' ', 'B', null, ...Array.from({ length: 12 }, (_, index) => `q${index}`)]);
    const list = recentSearches(stored);
    expect(list.slice(0, 3)).toEqual(['b', 'q0', 'q1']);
    expect(list).toHaveLength(10);
  });

  it('saves under its key and reads back', () => {
    const storage = memoryStorage();
    saveRecentSearch('from:ana', storage);
    expect(saveRecentSearch('is:unread', storage)).toEqual(['is:unread', 'from:ana']);
    expect(JSON.parse(storage.items.get(RECENT_SEARCHES_KEY) ?? '')).toEqual(['is:unread', 'from:ana']);
    expect(readRecentSearches(storage)).toEqual(['is:unread', 'from:ana']);
  });

  it('works without storage, or with one that refuses, as if nothing were remembered', () => {
    expect(readRecentSearches(null)).toEqual([]);
    expect(saveRecentSearch('x', null)).toEqual(['x']);
    expect(readRecentSearches(memoryStorage({ get: true }))).toEqual([]);
    expect(saveRecentSearch('x', memoryStorage({ set: true }))).toEqual(['x']);
  });

  it('finds no storage on the server (no window) rather than throwing', () => {
    expect(browserStorage()).toBeNull();
    expect(readRecentSearches(browserStorage())).toEqual([]);
  });
});
