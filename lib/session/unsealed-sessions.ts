import 'server-only';
import { LRUCache } from 'lru-cache';
import type { SessionData } from './session-cookie';

/**
 * What each recent session cookie unsealed to. Unsealing (Iron: an HMAC check and an AES
 * decryption through WebCrypto) cost about 0.4 ms of CPU on every request for the same few
 * cookies. The key is the whole sealed string, so a tampered or forged cookie is a miss and
 * goes through the real unseal (and is refused there); only cookies that unsealed to a
 * session are kept, so junk cannot fill the cache. An entry lives no longer than its seal
 * (Iron's expiration field); revocation and the idle timeout are checked on every request
 * by accountOf, never cached. A bounded LRU on globalThis (route bundles share it).
 */
const MAX_ENTRIES = 2_000;

type Unseal = (sealed: string) => Promise<SessionData>;

export function createUnsealedSessions(unseal: Unseal, max = MAX_ENTRIES) {
  const cache = new LRUCache<string, Readonly<SessionData>>({ max });
  return {
    /** A fresh copy each time: callers mutate their session (touchSession, sign-in). */
    async open(sealed: string, now = Date.now()): Promise<SessionData> {
      const known = cache.get(sealed);
      if (known && now < sealExpiry(sealed)) return { ...known };
      const data = await unseal(sealed);
      if (data.sid) remember(sealed, data, now);
      return data;
    },
    /** A cookie this process just sealed: its next request needs no unseal. */
    remember: (sealed: string, data: SessionData, now = Date.now()) => remember(sealed, data, now),
  };

  function remember(sealed: string, data: SessionData, now: number): void {
    const ttl = sealExpiry(sealed) - now;
    if (ttl > 0) cache.set(sealed, Object.freeze({ ...data }), { ttl });
  }
}

/**
 * Iron's seal is `Fe26.2*id*salt*iv*data*expiration*hmacSalt*hmac`, iron-session appends
 * `~2`; the expiration is epoch milliseconds (empty when the seal never expires, which
 * this app never makes: such a cookie is simply not cached).
 */
function sealExpiry(sealed: string): number {
  const expiration = Number(sealed.split('*')[5] || Number.NaN);
  return Number.isFinite(expiration) ? expiration : 0;
}

type UnsealedSessions = ReturnType<typeof createUnsealedSessions>;
const holder = globalThis as typeof globalThis & { __letterboxUnsealed?: UnsealedSessions };

/** The process's one cache; `unseal` is the cookie's real unseal, kept from the first call (every caller passes the same). */
export function unsealedSessions(unseal: Unseal): UnsealedSessions {
  holder.__letterboxUnsealed ??= createUnsealedSessions(unseal);
  return holder.__letterboxUnsealed;
}
