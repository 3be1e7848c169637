import 'server-only';
import { createHmac } from 'node:crypto';
import { env } from '@/lib/config/env';
import type { Account } from '@/lib/session/account';

/**
 * The pool key: an HMAC over the session id AND every credential field, so a pooled
 * connection is only handed to the very session (and password) that authenticated it;
 * a wrong password can never ride someone's open connection.
 */
export function accountKey(account: Account): string {
  const { sessionId, user, password, host, port, tls } = account;
  return createHmac('sha256', env().SESSION_SECRET)
    .update(JSON.stringify([sessionId, user, password, host.toLowerCase(), port, tls]))
    .digest('base64url');
}
