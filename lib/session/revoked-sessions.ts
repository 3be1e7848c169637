import 'server-only';
import { env } from '@/lib/config/env';

/**
 * Session ids signed out before their cookie expired. The cookie is stateless, so without
 * this list a copy of it (taken before sign-out) would keep working until it expires.
 * Entries live as long as the longest cookie could. Per process: several instances need a
 * shared store (Redis), which arrives with scale-out.
 */
const holder = globalThis as typeof globalThis & { __letterboxRevoked?: Map<string, number> };

function revoked(): Map<string, number> {
  holder.__letterboxRevoked ??= new Map();
  return holder.__letterboxRevoked;
}

export function revokeSession(sid: string, now = Date.now()): void {
  const list = revoked();
  list.set(sid, now + env().SESSION_MAX_AGE_S * 1000);
  // Sweep expired entries on write, so the list never outgrows the live sessions.
  for (const [id, until] of list) if (until <= now) list.delete(id);
}

export function isRevoked(sid: string, now = Date.now()): boolean {
  const until = revoked().get(sid);
  return until !== undefined && until > now;
}
