import 'server-only';
import type { ImapFlow } from 'imapflow';
import { LRUCache } from 'lru-cache';
import { getServerMetadata, setServerMetadata } from '@/lib/imap/commands/metadata';
import { accountKey } from '@/lib/imap/connection/account-key';
import type { Features } from '@/lib/imap/connection/capabilities';
import type { Account } from '@/lib/session/account';

/** A private server entry (RFC 5464 §3.2, vendor tree): the user's list follows them to every device. */
const ENTRY = '/private/vendor/letterbox/opened-shared';
export const MAX_OPENED = 50;

/**
 * Folders of other users this user opened by name ("Open a shared folder…"): a server without
 * Dovecot's acl_shared_dict never LISTs what others shared (RFC 4314 §6 leaves LIST of others'
 * folders to the server), so Letterbox remembers them. Read on every folder list, so kept per
 * account for a minute; a change through this instance replaces the cached copy.
 */
const cache = new LRUCache<string, string[]>({ max: 10_000, ttl: 60_000 });

export const canRemember = (features: Features) => features.metadata || features.metadataServer;

export async function openedPaths(client: ImapFlow, features: Features, account: Account): Promise<string[]> {
  if (!canRemember(features) || !(client.namespaces?.other || []).length) return [];
  const key = accountKey(account);
  const cached = cache.get(key);
  if (cached) return cached;
  const paths = parsePaths(await getServerMetadata(client, ENTRY));
  cache.set(key, paths);
  return paths;
}

export async function saveOpenedPaths(client: ImapFlow, account: Account, paths: string[]): Promise<void> {
  await setServerMetadata(client, ENTRY, JSON.stringify(paths));
  cache.set(accountKey(account), paths);
}

/** Anything unreadable is no list: a hand-edited entry never breaks the folder list. */
function parsePaths(stored: string | null): string[] {
  try {
    const value: unknown = JSON.parse(stored ?? '[]');
    return Array.isArray(value) ? value.filter((path): path is string => typeof path === 'string').slice(0, MAX_OPENED) : [];
  } catch {
    return [];
  }
}
