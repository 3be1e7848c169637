import 'server-only';
import { createHmac } from 'node:crypto';
import { env } from '@/lib/config/env';
import type { Account } from '@/lib/session/account';

/**
 * Whose live state a stream shares: every session (tab, device) signed in to the same
 * account with the same password. Unlike the pool's key (account-key.ts) it leaves the
 * session id out, so three devices hold one watcher; it keeps the password in, so a session
 * whose password no longer matches never rides on another's connection.
 */
export function liveKey({ user, password, host, port, tls }: Account): string {
  return createHmac('sha256', env().SESSION_SECRET)
    .update(JSON.stringify(['live', user, password, host.toLowerCase(), port, tls]))
    .digest('base64url');
}
