import 'server-only';
import { randomBytes } from 'node:crypto';
import { env } from '@/lib/config/env';
import { AppError } from '@/lib/errors/app-error';
import { assertHostAllowed } from '@/lib/imap/connection/host-policy';
import { openConnection } from '@/lib/imap/connection/open-connection';
import { adoptConnection, closeSession } from '@/lib/imap/connection/pool';
import type { SessionInfo, SignInRequest } from '@/lib/schemas/session';
import type { Account } from '@/lib/session/account';
import { revokeSession } from './revoked-sessions';
import { accountOf, type Session } from './session-cookie';
import { sessionInfoOf } from './session-info';
import { assertSignInAllowed, recordFailedSignIn, recordSignIn } from './sign-in-limits';

/**
 * Throttled per account and per IP (sign-in-limits.ts). Verifies the credentials with a fresh LOGIN (never through a pooled connection, so a
 * wrong password is refused even while the same user is signed in elsewhere), then
 * rotates the session id and keeps the verified connection for the new session.
 */
export async function signIn(session: Session, input: SignInRequest, from: { ip: string | null }): Promise<SessionInfo> {
  const config = env();
  const host = input.host ?? config.IMAP_HOST;
  // Before any socket opens: the server must never reach hosts off the allow-list.
  assertHostAllowed(host);
  const port = input.port ?? config.IMAP_PORT;
  const attempt = { account: `${input.user}@${host}:${port}`.toLowerCase(), ip: from.ip };
  await assertSignInAllowed(attempt);
  const account: Account = {
    sessionId: randomBytes(24).toString('base64url'),
    user: input.user,
    password: input.password,
    host,
    port,
    tls: config.IMAP_TLS,
  };
  const client = await openConnection(account).catch(async (error: unknown) => {
    if (error instanceof AppError && error.code === 'AUTH_FAILED') await recordFailedSignIn(attempt);
    throw error;
  });
  await recordSignIn(attempt);
  const previous = accountOf(session);
  if (previous) {
    revokeSession(previous.sessionId);
    await closeSession(previous);
  }
  Object.assign(session, {
    sid: account.sessionId,
    user: account.user,
    password: account.password,
    host: account.host,
    port: account.port,
    tls: account.tls,
    createdAt: Date.now(),
    seenAt: Date.now(),
  });
  await session.save();
  // The page opens INBOX next: this connection selects it while the browser navigates, which
  // spares the first list a LOGIN and a SELECT, and the sign-in the SELECT's wait.
  adoptConnection(account, client, 'INBOX');
  return sessionInfoOf(account);
}
