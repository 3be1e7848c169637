import 'server-only';
import { LRUCache } from 'lru-cache';
import { accountKey } from '@/lib/imap/connection/account-key';
import type { Account } from '@/lib/session/account';

/**
 * MYRIGHTS answers per (session, folder), so a folder list with 200 shared folders asks the
 * server once, not on every refresh. Any ACL change made through this instance moves the epoch,
 * which every key carries: every session asks again, the grantee's included. A change made
 * elsewhere (Thunderbird, another instance) shows within the TTL.
 */
const TTL_MS = 60_000;

interface RightsCache {
  entries: LRUCache<string, string>;
  epoch: number;
}

const holder = globalThis as typeof globalThis & { __letterboxRights?: RightsCache };

function state(): RightsCache {
  holder.__letterboxRights ??= { entries: new LRUCache({ max: 20_000, ttl: TTL_MS }), epoch: 0 };
  return holder.__letterboxRights;
}

const keyOf = (account: Account, path: string) => `${state().epoch}\u0000${accountKey(account)}\u0000${path}`;

export function cachedRights(account: Account, path: string): string | undefined {
  return state().entries.get(keyOf(account, path));
}

export function storeRights(account: Account, path: string, rights: string): void {
  state().entries.set(keyOf(account, path), rights);
}

/** Someone's rights changed: every cached answer is stale. */
export function forgetAllRights(): void {
  const cache = state();
  cache.epoch += 1;
  cache.entries.clear();
}
