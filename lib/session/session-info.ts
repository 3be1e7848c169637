import 'server-only';
import type { SessionInfo } from '@/lib/schemas/session';
import { accountOf, loadSession } from './session-cookie';

/** Who is signed in, for server components and GET /api/session. Never returns a credential. */
export async function getSessionInfo(): Promise<SessionInfo | null> {
  return toSessionInfo(await loadSession());
}

export function toSessionInfo(session: Parameters<typeof accountOf>[0]): SessionInfo | null {
  const account = accountOf(session);
  return account ? { user: account.user, host: account.host, port: account.port } : null;
}
