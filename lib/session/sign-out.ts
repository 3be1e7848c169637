import 'server-only';
import { closeSession } from '@/lib/imap/pool';
import { accountOf, type Session } from './session-cookie';

/** Closes this session's IMAP connections and clears the cookie (never save() after destroy()). */
export async function signOut(session: Session): Promise<void> {
  const account = accountOf(session);
  session.destroy();
  if (account) await closeSession(account);
}
