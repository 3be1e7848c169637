import 'server-only';
import { fromAddress } from '@/lib/compose/identity';
import { env } from '@/lib/config/env';
import type { SessionInfo } from '@/lib/schemas/session';
import type { Account } from './account';
import { accountOf, loadSession } from './session-cookie';

/** Who is signed in, for server components and GET /api/session. Never returns a credential. */
export async function getSessionInfo(): Promise<SessionInfo | null> {
  return toSessionInfo(await loadSession());
}

export function toSessionInfo(session: Parameters<typeof accountOf>[0]): SessionInfo | null {
  const account = accountOf(session);
  return account ? sessionInfoOf(account) : null;
}

/** What the browser may know of an account: who and where, never the password. */
export function sessionInfoOf(account: Account): SessionInfo {
  return {
    user: account.user,
    address: fromAddress(account.user, env().IDENTITY_DOMAIN),
    host: account.host,
    port: account.port,
  };
}
