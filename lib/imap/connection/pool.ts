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
import { afterConnectionLoss, type RetryPolicy } from './retry-rule';

/**
 * Per signed-in session, live IMAP connections are reused across requests (no LOGIN per
 * click). Each request leases one connection exclusively, so no request ever sees another
 * one's selected mailbox; within a lease, mailbox work goes through withMailbox().
 */
export interface ImapLease {
  client: ImapFlow;
  features: Features;
  /** Whose connection it is: what a per-user answer (MYRIGHTS) is cached under. */
  account: Account;
  /**
   * Runs one write command (`() => client.messageFlagsAdd(…)`, a MOVE, an APPEND): the pool
   * must know from which moment the server may have applied something. Only inside
   * withImap(…, { retry: 'never' }).
   */
  write<T>(command: () => Promise<T>): Promise<T>;
}

/** The connection was gone before the write was issued: nothing reached the server. */
const closedBeforeWrite = () =>
  Object.assign(new Error('The connection closed before the write was sent'), { code: 'NoConnection' });
/** imapflow's STORE/COPY/MOVE answer `false` rather than throw when the connection drops under them. */
const closedDuringWrite = () =>
  Object.assign(new Error('The connection closed while a write was in flight'), { code: 'EConnectionClosed' });

function leaseOf(connection: PooledConnection, account: Account, policy: RetryPolicy): ImapLease & { writeSent: boolean } {
  const { client, features } = connection;
  const lease = {
    client,
    features,
    account,
    writeSent: false,
    async write<T>(command: () => Promise<T>): Promise<T> {
      if (policy !== 'never') throw new Error("lease.write() needs withImap(…, { retry: 'never' })");
      // `usable` turns false when imapflow sees the socket close; from then on it sends nothing.
      // So a write refused here provably never left: the work may run again on a new connection.
      if (!client.usable) throw closedBeforeWrite();
      // From here on imapflow may put the command on the wire at any moment.
      lease.writeSent = true;
      const result = await command();
      if ((result === false || result === undefined) && !client.usable) throw closedDuringWrite();
      return result;
    },
  };
  return lease;
}

function track(state: PoolState, entry: SessionEntry, client: ImapFlow): PooledConnection {
  const connection: PooledConnection = { client, features: readFeatures(client), busy: true, lastUsed: Date.now() };
  entry.connections.add(connection);
  state.total += 1;
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
  if (entry.closed || connection.retired) {
    void logout(state, entry, connection);
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

/** Whether one more connection fits under IMAP_POOL_MAX_TOTAL, closing an idle one of any session if needed. */
export function roomForOneMore(state: PoolState): boolean {
  return state.total + state.opening < env().IMAP_POOL_MAX_TOTAL || evictOneIdle(state);
}

async function logout(state: PoolState, entry: SessionEntry, connection: PooledConnection): Promise<void> {
  forget(state, entry, connection);
  await connection.client.logout().catch(() => connection.client.close());
}

/** As long as a request waits for a free connection (IMAP_POOL_WAIT_MS): a stalled SELECT must not hold the session's requests. */
function waitAtMost(done: Promise<void>): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const busy = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new AppError('IMAP_BUSY', 'The mail server is busy with your other requests; try again.')),
      env().IMAP_POOL_WAIT_MS,
    );
  });
  return Promise.race([done, busy]).finally(() => clearTimeout(timer));
}

function waitForSlot(entry: SessionEntry): Promise<PooledConnection | undefined> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      const at = entry.waiters.indexOf(waiter);
      if (at >= 0) entry.waiters.splice(at, 1);
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
  const { IMAP_POOL_PER_SESSION } = env();
  for (;;) {
    if (state.closing) throw new AppError('IMAP_BUSY', 'The server is shutting down; try again in a moment.');
    if (entry.closed) throw new AppError('AUTH_REQUIRED');
    const idle = pickIdle(state, entry, mailbox);
    // The sign-in connection is still selecting INBOX (adoptConnection). The session's first
    // requests wait for it: selecting INBOX again elsewhere would cost a LOGIN and the same
    // SELECT, and work on no mailbox (the folder list) gains nothing from a second LOGIN.
    const warming = entry.warming;
    if (warming && (idle === undefined || (warming.mailbox === mailbox && !isSelected(idle, mailbox)))) {
      await waitAtMost(warming.done);
      continue;
    }
    if (idle) {
      idle.busy = true;
      return idle;
    }
    const room = entry.connections.size + entry.opening < IMAP_POOL_PER_SESSION;
    if (room && roomForOneMore(state)) {
      entry.opening += 1;
      state.opening += 1;
      try {
        const connection = track(state, entry, await openConnection(account));
        // Signed out while this LOGIN was on its way: the session's last connection is this one.
        if (entry.closed) {
          await logout(state, entry, connection);
          throw new AppError('AUTH_REQUIRED');
        }
        return connection;
      } finally {
        entry.opening -= 1;
        state.opening -= 1;
      }
    }
    const handedOver = await waitForSlot(entry);
    if (handedOver) return handedOver;
  }
}

export interface WithImapOptions {
  /** The mailbox the work selects, so the lease goes to a connection that has it selected already. */
  mailbox?: string;
  /** 'once' (the default) for reads; 'never' for work that writes, each write inside lease.write(). */
  retry?: RetryPolicy;
}

/**
 * Runs `work` on a leased connection of this session. A connection the server dropped
 * (idle timeout, `doveadm kick`, restart) is replaced and read work run once more; a second
 * loss becomes a clear IMAP_BUSY (503). Work that writes passes `retry: 'never'`: it is run
 * again only if the connection was lost before any lease.write() handed its command to
 * imapflow, and otherwise fails with WRITE_UNCONFIRMED (retry-rule.ts says why).
 */
export async function withImap<T>(
  account: Account,
  work: (lease: ImapLease) => Promise<T>,
  options: WithImapOptions = {},
): Promise<T> {
  const policy = options.retry ?? 'once';
  const state = poolState();
  const entry = sessionEntry(state, accountKey(account));
  entry.owner ??= { user: account.user, host: account.host.toLowerCase(), port: account.port };
  for (let attempt = 1; ; attempt++) {
    const connection = await acquire(state, entry, account, options.mailbox);
    const lease = leaseOf(connection, account, policy);
    try {
      const result = await work(lease);
      release(state, entry, connection);
      return result;
    } catch (error) {
      // An AppError is the work's own verdict (NOT_FOUND, a search that closed its connection on
      // timeout or saw the server die under it): repeating the work could not change it.
      const lost = !(error instanceof AppError) && (isConnectionLost(error) || !connection.client.usable);
      if (!lost) {
        release(state, entry, connection);
        throw toAppError(error);
      }
      discard(state, entry, connection);
      // imapflow forgets the selected mailbox when the connection closes: the work's own is the one.
      if (options.mailbox !== undefined) await dropDeadPeers(state, entry, options.mailbox);
      const next = afterConnectionLoss(policy, lease.writeSent, attempt);
      logger().info({ attempt, user: account.user, writeSent: lease.writeSent, next }, 'imap connection lost during a request');
      if (next !== 'retry') throw new AppError(next, undefined, { cause: error });
    }
  }
}

/**
 * A connection lost with a mailbox selected may have been ended for that mailbox: Dovecot
 * disconnects every session that has a mailbox selected when another client deletes it
 * ("Selected mailbox was deleted, have to disconnect"). The session's other idle connections
 * on it are asked NOOP before the retry, and the dead ones dropped, so the retry selects
 * afresh (and answers NOT_FOUND for a deleted folder) instead of dying the same way.
 */
async function dropDeadPeers(state: PoolState, entry: SessionEntry, path: string): Promise<void> {
  const peers = [...entry.connections].filter(
    (connection) => !connection.busy && connection.client.mailbox && connection.client.mailbox.path === path,
  );
  for (const peer of peers) peer.busy = true;
  await Promise.all(peers.map((peer) => peer.client.noop().catch(() => undefined)));
  for (const peer of peers) release(state, entry, peer);
}

function isSelected(connection: PooledConnection | undefined, mailbox: string | undefined): boolean {
  return connection?.client.mailbox ? connection.client.mailbox.path === mailbox : false;
}

/**
 * Puts the connection that just verified a sign-in into the new session's pool. With `select`,
 * it first selects that mailbox in the background: the sign-in answers after LOGIN, and the
 * SELECT (~130 ms for a 100,000-message Maildir INBOX) runs while the browser loads the page
 * that lists it. Until then the connection stays leased, and a request for that mailbox
 * waits for it rather than select it again on a second connection.
 */
export function adoptConnection(account: Account, client: ImapFlow, select?: string): void {
  const state = poolState();
  const entry = sessionEntry(state, accountKey(account));
  const connection = track(state, entry, client);
  if (select === undefined) {
    release(state, entry, connection);
    return;
  }
  // A failed SELECT is the first request's to report: it selects again and gets the server's answer.
  const done = client
    .mailboxOpen(select)
    .then(
      () => undefined,
      () => undefined,
    )
    .finally(() => {
      if (entry.warming?.done === done) entry.warming = undefined;
      release(state, entry, connection);
    });
  entry.warming = { mailbox: select, done };
}

/** Ends an entry: requests still holding it open nothing more, and its waiters stop waiting. */
function closeEntry(entry: SessionEntry): void {
  entry.closed = true;
  // Each waiter's acquire() loops once more and meets `closed` (or the shutdown).
  for (const waiter of entry.waiters.splice(0)) waiter(undefined);
}

/** Sign-out: logs out every connection of this session and fails its waiters. */
/**
 * Every pooled connection of `user` on that server is logged out (now if idle, else when given
 * back), so their next work opens a new IMAP session. Dovecot lists a newly shared user's
 * folders only to sessions that start after the grant (RFC 4314 ACL with acl_shared_dict;
 * measured: a session open before it never listed them in 40 s).
 */
export function retireConnectionsOf(user: string, host: string, port: number): void {
  const state = poolState();
  for (const entry of state.sessions.values()) {
    const owner = entry.owner;
    if (!owner || owner.user.toLowerCase() !== user.toLowerCase() || owner.host !== host.toLowerCase() || owner.port !== port)
      continue;
    for (const connection of entry.connections) {
      if (connection.busy) connection.retired = true;
      else {
        connection.busy = true;
        void logout(state, entry, connection);
      }
    }
  }
}

export async function closeSession(account: Account): Promise<void> {
  const state = poolState();
  const key = accountKey(account);
  const entry = state.sessions.get(key);
  if (!entry) return;
  state.sessions.delete(key);
  closeEntry(entry);
  await Promise.all([...entry.connections].map((connection) => logout(state, entry, connection)));
}

/** SIGTERM: every connection logs out, watchers too; new requests are refused meanwhile. */
export async function closeAll(): Promise<void> {
  const state = poolState();
  state.closing = true;
  for (const entry of state.sessions.values()) closeEntry(entry);
  const all = [
    ...[...state.watchers].map((watcher) => watcher.stop('shutdown')),
    ...[...state.sessions.values()].flatMap((entry) => [...entry.connections].map((c) => logout(state, entry, c))),
  ];
  state.sessions.clear();
  await Promise.all(all);
  // A LOGIN still on its way logs itself out when it lands (acquire, watcher.ts): wait for that,
  // or the process would exit under it and Dovecot would see a connection reset, not a LOGOUT.
  const deadline = Date.now() + env().IMAP_CONNECT_TIMEOUT_MS;
  while (state.opening > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
}
