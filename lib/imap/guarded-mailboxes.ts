import 'server-only';
import type { ImapAccount } from './account';

/** Mailboxes remembered, and for how long: a blip on the network must not cost bytes for ever. */
const MAX_ENTRIES = 1_000;
const REMEMBER_MS = 60 * 60 * 1000;

const holder = globalThis as typeof globalThis & { __letterboxGuarded?: Map<string, number> };

function remembered(): Map<string, number> {
  holder.__letterboxGuarded ??= new Map();
  return holder.__letterboxGuarded;
}

/**
 * Whether work on this mailbox must read headers guardedly (read-headers.ts): it does on a
 * retry, and for an hour after one. A connection lost in the middle of a mailbox's work is
 * how a poison message shows itself: Dovecot 2.3 panics ("istream-header-filter.c:
 * assertion failed") when asked for the ENVELOPE or a HEADER.FIELDS of a header line over
 * about 10 MB, which kills the connection, and the retry would only kill the next one.
 * Remembering it spares Dovecot a crash per request (its master throttles crashing services).
 * Per process, like the pool.
 */
export function guardedMailbox(account: ImapAccount, path: string, attempt: number): boolean {
  const key = JSON.stringify([account.user, account.host.toLowerCase(), account.port, path]);
  const entries = remembered();
  const now = Date.now();
  if (attempt > 1) {
    entries.delete(key);
    entries.set(key, now + REMEMBER_MS);
    if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value as string);
    return true;
  }
  const until = entries.get(key);
  if (until === undefined) return false;
  if (until > now) return true;
  entries.delete(key);
  return false;
}
