import 'server-only';
import { LRUCache } from 'lru-cache';

/** 64 result lists of 100,000 UIDs are 25 MiB; most are far shorter. */
const MAX_ENTRIES = 64;
/** A folder the server died searching is not searched again for this long (search-folder.ts). */
const FAILED_TTL_MS = 5 * 60_000;

interface Holder {
  __letterboxSearchCache?: LRUCache<string, Uint32Array>;
  __letterboxSearchFailures?: LRUCache<string, true>;
}
const holder = globalThis as typeof globalThis & Holder;

/**
 * A search's matching UIDs, newest first, keyed by (account, mailbox, query, UIDVALIDITY and
 * where the mailbox stands: HIGHESTMODSEQ with CONDSTORE, else EXISTS and the last UID). Any
 * change a search could see — a flag, a keyword, an arrival, an expunge — moves HIGHESTMODSEQ
 * (RFC 7162 §3.1.1), so the next page is served from here and a changed mailbox is searched
 * again. Without CONDSTORE a flag change goes unseen until mail arrives or leaves: the rows
 * still carry fresh flags, only the set may be stale. On globalThis: route bundles can load
 * this module twice (../../shared/STACK.md trap 4).
 */
function results(): LRUCache<string, Uint32Array> {
  holder.__letterboxSearchCache ??= new LRUCache<string, Uint32Array>({ max: MAX_ENTRIES });
  return holder.__letterboxSearchCache;
}

/** Searches that took the server down, by (account, mailbox, query) alone: never repeated in a loop. */
function failures(): LRUCache<string, true> {
  holder.__letterboxSearchFailures ??= new LRUCache<string, true>({ max: 1_000, ttl: FAILED_TTL_MS });
  return holder.__letterboxSearchFailures;
}

export const cachedMatches = (key: string) => results().get(key);
export const storeMatches = (key: string, uids: Uint32Array) => void results().set(key, uids);
export const failedBefore = (key: string) => failures().has(key);
export const rememberFailure = (key: string) => void failures().set(key, true);
