import 'server-only';
import { LRUCache } from 'lru-cache';

/**
 * Sorted UID lists, one per (account, mailbox, UIDVALIDITY, last UID, EXISTS, sort, order).
 * Sort keys never change with flags, so a list stays right until a message arrives or
 * leaves, which changes the last UID or EXISTS (sorted-uids.ts says why both): paging deep
 * into a 100k folder then costs one window fetch, not a re-sort. A bounded LRU on globalThis (route bundles share it):
 * 64 lists of 100k UIDs are 25 MiB.
 */
const MAX_ENTRIES = 64;

const holder = globalThis as typeof globalThis & { __letterboxSortCache?: LRUCache<string, Uint32Array> };

function cache(): LRUCache<string, Uint32Array> {
  holder.__letterboxSortCache ??= new LRUCache<string, Uint32Array>({ max: MAX_ENTRIES });
  return holder.__letterboxSortCache;
}

export function cachedSort(key: string): Uint32Array | undefined {
  return cache().get(key);
}

export function storeSort(key: string, uids: Uint32Array): void {
  cache().set(key, uids);
}
