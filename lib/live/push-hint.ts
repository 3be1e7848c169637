import 'server-only';
import { createHmac } from 'node:crypto';
import type { ImapFlow } from 'imapflow';
import { env } from '@/lib/config/env';
import { setServerMetadata } from '@/lib/imap/commands/metadata';
import { rememberNamespaces } from '@/lib/imap/folders/server-namespaces';
import { logger } from '@/lib/log/logger';
import type { Account } from '@/lib/session/account';
import { PUSH_ENTRY } from './push-entry';

/**
 * How long a stored URL holds. An instance that is gone leaves its URL behind, and until then
 * each change of that user costs the server a refused connection (or the script's 200 ms
 * timeout for a host that went silent); each new watcher stores it again.
 */
const LIFETIME_S = 24 * 60 * 60;

/**
 * The URL segment naming an account's live state in hints: derived from its live key, so it
 * names nothing to anyone without SESSION_SECRET, and a restarted instance still recognises
 * the URL its predecessor stored.
 */
export function pushToken(liveKey: string): string {
  return createHmac('sha256', env().SESSION_SECRET).update(`push\u0000${liveKey}`).digest('base64url');
}

/**
 * A watcher's set-up: tells the server's push script where to send this account's hints
 * (`<url> <unix expiry>`). Nothing when LIVE_PUSH_URL is unset or the server keeps no
 * METADATA; a refusal is logged and changes nothing else, since IDLE still hears every change.
 */
export async function registerPushHint(client: ImapFlow, account: Account, liveKey: string): Promise<void> {
  // Which of a hint's folders are teammates' too (live-hub.ts) depends on the server's namespaces.
  rememberNamespaces(account.host, account.port, client.namespaces);
  const base = env().LIVE_PUSH_URL;
  if (!base || !(client.capabilities.has('METADATA') || client.capabilities.has('METADATA-SERVER'))) return;
  const url = new URL(`/api/live/push/${pushToken(liveKey)}`, base);
  const expires = Math.floor(Date.now() / 1000) + LIFETIME_S;
  try {
    await setServerMetadata(client, PUSH_ENTRY, `${url} ${expires}`);
  } catch (error) {
    logger().info({ err: error }, 'push hint not registered; IDLE alone hears changes');
  }
}
