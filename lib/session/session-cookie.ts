import 'server-only';
import { sealData, unsealData } from 'iron-session';
import { cookies } from 'next/headers';
import { env } from '@/lib/config/env';
import type { TlsMode } from '@/lib/schemas/session';
import type { Account } from '@/lib/session/account';
import { isRevoked } from './revoked-sessions';
import { unsealedSessions } from './unsealed-sessions';

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

/** The request's session: its data, plus writing it back as a cookie or clearing it. */
export type Session = SessionData & { save(): Promise<void>; destroy(): void };

export const SESSION_COOKIE = 'letterbox_session';

/** iron-session's own clock slack: the cookie dies a minute before the seal does. */
const TIMESTAMP_SKEW_S = 60;
const MAX_COOKIE_BYTES = 4000;

function sealOptions() {
  const config = env();
  return { password: config.SESSION_SECRET, ttl: config.SESSION_MAX_AGE_S };
}

function cookieOptions(maxAge: number) {
  return { httpOnly: true, sameSite: 'lax', secure: env().NODE_ENV === 'production', path: '/', maxAge } as const;
}

/**
 * The session of this request, unsealed through a cache of recent cookies
 * (unsealed-sessions.ts). Sealing is iron-session's sealData/unsealData, the same format
 * getIronSession reads and writes, so cookies survive this change and a restart.
 */
export async function loadSession(): Promise<Session> {
  const store = await cookies();
  const sealed = store.get(SESSION_COOKIE)?.value;
  const unsealed = unsealedSessions((seal) => unsealData<SessionData>(seal, sealOptions()));
  const session = (sealed ? await unsealed.open(sealed) : {}) as Session;
  // Not enumerable, as iron-session's: Object.keys(session) is the data alone.
  Object.defineProperties(session, {
    save: {
      value: async () => {
        const seal = await sealData({ ...session }, sealOptions());
        // Browsers drop a cookie over 4 KiB without a word; the sign-in schema's bounds keep it near 2.5.
        if (seal.length > MAX_COOKIE_BYTES) throw new Error('The session cookie would be too big.');
        unsealed.remember(seal, { ...session });
        store.set(SESSION_COOKIE, seal, cookieOptions(env().SESSION_MAX_AGE_S - TIMESTAMP_SKEW_S));
      },
    },
    destroy: {
      value: () => {
        for (const key of Object.keys(session)) delete session[key as keyof SessionData];
        store.set(SESSION_COOKIE, '', cookieOptions(0));
      },
    },
  });
  return session;
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
