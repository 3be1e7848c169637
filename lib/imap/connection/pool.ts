import 'server-only';
import type { ImapFlow } from 'imapflow';
import { env } from '@/lib/config/env';
import { AppError } from '@/lib/errors/app-error';
import { logger } from '@/lib/log/logger';
import type { Account } from '@/lib/session/account';
import { accountKey } from './account-key';
import { type Features, readFeatures } from './capabilities';
import { isConnectionLost, toAppError } from './errors';
import { openConnection } from './open-connection';
import { type PooledConnection, type PoolState, poolState, type SessionEntry, sessionEntry } from './pool-state';

/**
 * Per signed-in session, live IMAP connections are reused across requests (no LOGIN per
 * click). Each request leases one connection exclusively, so no request ever sees another
 * one's selected mailbox; within a lease, mailbox work goes through withMailbox().
 */
export interface ImapLease {
  client: ImapFlow;
  features: Features;
  /** Wraps the write command itself (STORE, MOVE, …). */
  write<T>(command: () => Promise<T>): Promise<T>;
}

function track(state: PoolState, entry: SessionEntry, client: ImapFlow): PooledConnection {
  const connection: PooledConnection = { client, features: readFeatures(client), busy: true, lastUsed: Date.now() };
  entry.connections.add(connection);
  state.total += 1;
  entry.peak = Math.max(entry.peak, entry.connections.size);
  client.once('close', () => forget(state, entry, connection));
  return connection;
}

function forget(state: PoolState, entry: SessionEntry, connection: PooledConnection): void {
  if (!entry.connections.delete(connection)) return;
  state.total -= 1;
  // A freed slot lets the next waiter open a fresh connection.
  entry.waiters.shift()?.(undefined);
}

function discard(state: PoolState, entry: SessionEntry, connection: PooledConnection): void {
  forget(state, entry, connection);
  connection.client.close();
}

function release(state: PoolState, entry: SessionEntry, connection: PooledConnection): void {
  connection.lastUsed = Date.now();
  if (!connection.client.usable) {
    discard(state, entry, connection);
    return;
  }
  const waiter = entry.waiters.shift();
  // Hand the connection straight to a waiting request: it stays busy.
  if (waiter) waiter(connection);
  else connection.busy = false;
}

/** Closes the least recently used idle connection of any session, to stay under the total cap. */
function evictOneIdle(state: PoolState): boolean {
  let oldest: { entry: SessionEntry; connection: PooledConnection } | undefined;
  for (const entry of state.sessions.values()) {
    for (const connection of entry.connections) {
      if (!connection.busy && (!oldest || connection.lastUsed < oldest.connection.lastUsed)) oldest = { entry, connection };
    }
  }
  if (oldest) void logout(state, oldest.entry, oldest.connection);
  return oldest !== undefined;
}

async function logout(state: PoolState, entry: SessionEntry, connection: PooledConnection): Promise<void> {
  forget(state, entry, connection);
  await connection.client.logout().catch(() => connection.client.close());
}

function waitForSlot(entry: SessionEntry): Promise<PooledConnection | undefined> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      entry.waiters.splice(entry.waiters.indexOf(waiter), 1);
      reject(new AppError('IMAP_BUSY', 'The mail server is busy with your other requests; try again.'));
    }, env().IMAP_POOL_WAIT_MS);
    const waiter = (connection: PooledConnection | undefined) => {
      clearTimeout(timer);
      resolve(connection);
    };
    entry.waiters.push(waiter);
  });
}

/**
 * The idle connection to lend for work on `mailbox`: one that has it selected already (a SELECT
 * of a 100,000-message Maildir INBOX costs Dovecot ~50 ms), else one with nothing selected,
 * else the least recently used, so a busy folder keeps its connection.
 */
function pickIdle(state: PoolState, entry: SessionEntry, mailbox: string | undefined): PooledConnection | undefined {
  let best: { connection: PooledConnection; rank: number } | undefined;
  for (const connection of entry.connections) {
    if (connection.busy) continue;
    if (!connection.client.usable) {
      discard(state, entry, connection);
      continue;
    }
    const selected = connection.client.mailbox ? connection.client.mailbox.path : null;
    const rank = selected !== null && selected === mailbox ? 0 : selected === null ? 1 : 2;
    const better = !best || rank < best.rank || (rank === best.rank && connection.lastUsed < best.connection.lastUsed);
    if (better) best = { connection, rank };
  }
  return best?.connection;
}

async function acquire(
  state: PoolState,
  entry: SessionEntry,
  account: Account,
  mailbox: string | undefined,
): Promise<PooledConnection> {
  const { IMAP_POOL_PER_SESSION, IMAP_POOL_MAX_TOTAL } = env();
  for (;;) {
    if (state.closing) throw new AppError('IMAP_BUSY', 'The server is shutting down; try again in a moment.');
    const idle = pickIdle(state, entry, mailbox);
    if (idle) {
      idle.busy = true;
      return idle;
    }
    const room = entry.connections.size + entry.opening < IMAP_POOL_PER_SESSION;
    if (room && (state.total + state.opening < IMAP_POOL_MAX_TOTAL || evictOneIdle(state))) {
      entry.opening += 1;
      state.opening += 1;
      try {
        return track(state, entry, await openConnection(account));
      } finally {
        entry.opening -= 1;
        state.opening -= 1;
      }
    }
    const handedOver = await waitForSlot(entry);
    if (handedOver) return handedOver;
  }
}

/**
 * Runs `work` on a leased connection of this session. A connection the server dropped
 * (idle timeout, `doveadm kick`, restart) is replaced and the work retried once; a second
 * loss becomes a clear IMAP_BUSY (503). `work` must therefore be safe to repeat. `mailbox`
 * names the mailbox the work selects, so the lease goes to a connection that has it already.
 */
export async function withImap<T>(
  account: Account,
  work: (lease: ImapLease) => Promise<T>,
  options: { mailbox?: string; retry?: 'once' | 'never' } = {},
): Promise<T> {
  const state = poolState();
  const entry = sessionEntry(state, accountKey(account));
  for (let attempt = 1; ; attempt++) {
    const connection = await acquire(state, entry, account, options.mailbox);
    try {
      const lease: ImapLease = { client: connection.client, features: connection.features, write: (command) => command() };
      const result = await work(lease);
      release(state, entry, connection);
      return result;
    } catch (error) {
      const lost = isConnectionLost(error) || !connection.client.usable;
      if (!lost) {
        release(state, entry, connection);
        throw toAppError(error);
      }
      discard(state, entry, connection);
      logger().info({ attempt, user: account.user }, 'imap connection lost during a request');
      if (attempt >= 2) throw new AppError('IMAP_BUSY', undefined, { cause: error });
    }
  }
}

/** Puts the connection that just verified a sign-in into the new session's pool. */
export function adoptConnection(account: Account, client: ImapFlow): void {
  const state = poolState();
  const entry = sessionEntry(state, accountKey(account));
  release(state, entry, track(state, entry, client));
}

/** Sign-out: logs out every connection of this session and fails its waiters. */
export async function closeSession(account: Account): Promise<void> {
  const state = poolState();
  const key = accountKey(account);
  const entry = state.sessions.get(key);
  if (!entry) return;
  state.sessions.delete(key);
  await Promise.all([...entry.connections].map((connection) => logout(state, entry, connection)));
}

/** SIGTERM: every connection logs out; new requests are refused meanwhile. */
export async function closeAll(): Promise<void> {
  const state = poolState();
  state.closing = true;
  const all = [...state.sessions.values()].flatMap((entry) => [...entry.connections].map((c) => logout(state, entry, c)));
  state.sessions.clear();
  await Promise.all(all);
}
