import 'server-only';

/**
 * Sorted UID lists, one per (account, mailbox, UIDVALIDITY, last UID, EXISTS, sort, order).
 * Sort keys never change with flags, so a list stays right until a message arrives or
 * leaves, which changes the last UID or EXISTS (sorted-uids.ts says why both): paging deep
 * into a 100k folder then costs one window fetch, not a re-sort. A bounded LRU on globalThis (route bundles share it):
 * 64 lists of 100k UIDs are 25 MiB.
 */
const MAX_ENTRIES = 64;

const holder = globalThis as typeof globalThis & { __letterboxSortCache?: Map<string, Uint32Array> };

function cache(): Map<string, Uint32Array> {
  holder.__letterboxSortCache ??= new Map();
  return holder.__letterboxSortCache;
}

export function cachedSort(key: string): Uint32Array | undefined {
  const entries = cache();
  const hit = entries.get(key);
  if (hit) {
    // Re-insert: Map keeps insertion order, so the first key is the least recently used.
    entries.delete(key);
    entries.set(key, hit);
  }
  return hit;
}

export function storeSort(key: string, uids: Uint32Array): void {
  const entries = cache();
  entries.delete(key);
  entries.set(key, uids);
  while (entries.size > MAX_ENTRIES) {
    const oldest = entries.keys().next().value;
    if (oldest === undefined) break;
    entries.delete(oldest);
  }
}
