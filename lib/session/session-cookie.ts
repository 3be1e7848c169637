import 'server-only';
import { getIronSession, type IronSession, type SessionOptions } from 'iron-session';
import { cookies } from 'next/headers';
import { env } from '@/lib/config/env';
import type { ImapAccount } from '@/lib/imap/account';
import type { TlsMode } from '@/lib/schemas/session';
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

/** The IMAP account of a signed-in session, or null. */
export function accountOf(session: SessionData): ImapAccount | null {
  const { sid, user, password, host, port, tls } = session;
  if (!sid || !user || !password || !host || !port || !tls || isRevoked(sid)) return null;
  return { sessionId: sid, user, password, host, port, tls };
}
