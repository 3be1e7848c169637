import 'server-only';
import { closeSession } from '@/lib/imap/connection/pool';
import { endLiveSession } from '@/lib/live/live-hub';
import { revokeSession } from './revoked-sessions';
import { accountOf, type Session } from './session-cookie';

/** Ends the session everywhere: revokes its id, closes its IMAP connections, clears the cookie (never save() after destroy()). */
export async function signOut(session: Session): Promise<void> {
  const account = accountOf(session);
  session.destroy();
  if (!account) return;
  // A copy of the cookie taken before now must not sign anyone back in.
  revokeSession(account.sessionId);
  endLiveSession(account.sessionId);
  await closeSession(account);
}
