import 'server-only';
import { env } from '@/lib/config/env';
import { accountOf, type SessionData } from './session-cookie';

/**
 * Whether a session read earlier still holds: not revoked, not idle too long (accountOf), and
 * not older than SESSION_MAX_AGE_S. A request is checked once, when its cookie is unsealed
 * (iron-session enforces the maximum age there); anything that outlives its request (a live
 * watch) asks this again on a timer with the session it started from.
 */
export function sessionStillValid(session: SessionData, now = Date.now()): boolean {
  if (!accountOf(session) || !session.createdAt) return false;
  return now - session.createdAt < env().SESSION_MAX_AGE_S * 1000;
}
