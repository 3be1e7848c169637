import 'server-only';
import type { ImapFlow } from 'imapflow';
import { LRUCache } from 'lru-cache';
import { env } from '@/lib/config/env';
import type { Features } from '@/lib/imap/connection/capabilities';
import { withImap } from '@/lib/imap/connection/pool';
import { withMailbox } from '@/lib/imap/connection/with-mailbox';
import { fetchSummaries } from '@/lib/imap/list/fetch-summaries';
import type { Address } from '@/lib/schemas/message-list';
import type { Account } from '@/lib/session/account';
import { fromAddress } from './identity';

/** One person the user has written to or heard from lately. */
export interface KnownAddress {
  name: string;
  address: string;
  /** How often: messages sent to them count double, as the people one writes to are the ones one writes to again. */
  weight: number;
  /** Newest first: the position of the latest message it came from. */
  last: number;
}

/** The newest messages read from each folder: a window, never the mailbox. */
const WINDOW = 200;
const TTL_MS = 5 * 60_000;

const holder = globalThis as typeof globalThis & { __letterboxAddressBooks?: LRUCache<string, Promise<KnownAddress[]>> };
const books = () => (holder.__letterboxAddressBooks ??= new LRUCache({ max: 1_000, ttl: TTL_MS }));

/**
 * The addresses of the user's recent mail, for the compose view's autocompletion: the To of the
 * newest WINDOW messages in Sent and the From of the newest WINDOW in INBOX, read as list rows
 * (the row cache serves what the list has shown). Kept per session for a few minutes: the book
 * of someone composing is asked on every keystroke, and a new correspondent shows up at the
 * next refresh. Nothing is stored anywhere else; the user's own address is left out.
 */
export function addressBook(account: Account): Promise<KnownAddress[]> {
  const cache = books();
  const cached = cache.get(account.sessionId);
  if (cached) return cached;
  const reading = readBook(account);
  cache.set(account.sessionId, reading);
  reading.catch(() => cache.delete(account.sessionId));
  return reading;
}

async function readBook(account: Account): Promise<KnownAddress[]> {
  const own = fromAddress(account.user, env().IDENTITY_DOMAIN).toLowerCase();
  const found = new Map<string, KnownAddress>();
  const add = (addresses: Address[], weight: number, position: number) => {
    for (const { name, address } of addresses) {
      const key = address.toLowerCase();
      if (!key.includes('@') || key === own) continue;
      const known = found.get(key);
      if (known) {
        known.weight += weight;
        known.last = Math.min(known.last, position);
        if (!known.name && name) known.name = name;
      } else found.set(key, { name, address, weight, last: position });
    }
  };
  await withImap(account, async ({ client, features }) => {
    const sent = (await client.list()).find((entry) => entry.specialUse === '\\Sent')?.path;
    if (sent) for (const [i, row] of (await newest(account, client, features, sent)).entries()) add(row.to, 2, i);
    for (const [i, row] of (await newest(account, client, features, 'INBOX')).entries()) add(row.from, 1, i);
  });
  return [...found.values()];
}

async function newest(account: Account, client: ImapFlow, features: Features, path: string) {
  return withMailbox(client, path, async (mailbox) => {
    if (mailbox.exists === 0) return [];
    const scope = { host: account.host, port: account.port, user: account.user, path, uidValidity: Number(mailbox.uidValidity) };
    const sequence = { from: Math.max(1, mailbox.exists - WINDOW + 1), to: mailbox.exists };
    return fetchSummaries(client, features, scope, { sequence, descending: true });
  });
}
