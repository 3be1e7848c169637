import type { SessionData } from '@/lib/session/session-cookie';

/** A signed-in session's cookie data, as sign-in writes it; tests add the times they need. */
export function sessionData(extra: Partial<SessionData> = {}): SessionData {
  return { sid: 'sid-1', user: 'alice', password: 'secret', host: '127.0.0.1', port: 1143, tls: 'false', ...extra };
}
