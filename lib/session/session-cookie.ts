import 'server-only';
import { getIronSession, type IronSession, type SessionOptions } from 'iron-session';
import { cookies } from 'next/headers';
import { env } from '@/lib/config/env';
import type { TlsMode } from '@/lib/schemas/session';
import type { Account } from '@/lib/session/account';
import { isRevoked } from './revoked-sessions';

/**
 * What the sealed cookie holds: enough to reconnect to IMAP after a restart or on another
 * instance. Sealed (encrypted + authenticated) with SESSION_SECRET, so the password is
 * never readable by the browser. Every field optional and times as epoch numbers
 * (iron-session v8 round-trips plain JSON only).
 */
export interface SessionData {
  sid?: string;
  user?: string;
  password?: string;
  host?: string;
  port?: number;
  tls?: TlsMode;
  createdAt?: number;
  /** Last request, for the idle timeout; refreshed at most every IDLE_RESOLUTION. */
  seenAt?: number;
}

export type Session = IronSession<SessionData>;

export const SESSION_COOKIE = 'letterbox_session';

function sessionOptions(): SessionOptions {
  const config = env();
  return {
    cookieName: SESSION_COOKIE,
    password: config.SESSION_SECRET,
    ttl: config.SESSION_MAX_AGE_S,
    cookieOptions: { httpOnly: true, sameSite: 'lax', secure: config.NODE_ENV === 'production', path: '/' },
  };
}

export async function loadSession(): Promise<Session> {
  return getIronSession<SessionData>(await cookies(), sessionOptions());
}

/** The IMAP account of a signed-in session, or null (also when it was idle too long or revoked). */
export function accountOf(session: SessionData): Account | null {
  const { sid, user, password, host, port, tls, seenAt } = session;
  if (!sid || !user || !password || !host || !port || !tls || isRevoked(sid)) return null;
  if (!seenAt || Date.now() - seenAt > env().SESSION_IDLE_S * 1000) return null;
  return { sessionId: sid, user, password, host, port, tls };
}

/** How stale `seenAt` may get before a request re-seals the cookie: not on every request. */
const IDLE_RESOLUTION_MS = 60_000;

/** Keeps an active session alive: refreshes `seenAt` (a new Set-Cookie) about once a minute of use. */
export async function touchSession(session: Session): Promise<void> {
  if (session.seenAt && Date.now() - session.seenAt < IDLE_RESOLUTION_MS) return;
  session.seenAt = Date.now();
  await session.save();
}
