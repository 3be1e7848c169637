import 'server-only';
import type { ImapFlow } from 'imapflow';
import { env } from '@/lib/config/env';
import type { Features } from './capabilities';

export interface PooledConnection {
  client: ImapFlow;
  features: Features;
  busy: boolean;
  lastUsed: number;
  /** Logged out when given back instead of lent again (retireConnectionsOf). */
  retired?: boolean;
}

/** Why a watcher ended: its holder closed it, the session ended, the connection dropped, or the server shuts down. */
export type WatchEnd = 'closed' | 'signed-out' | 'session-expired' | 'connection-lost' | 'shutdown';

/** An IDLE connection (watcher.ts): never leased for commands, logged out at shutdown. */
export interface WatcherHandle {
  stop(reason: WatchEnd): Promise<void>;
}

export interface SessionEntry {
  /** Leased connections for commands. */
  connections: Set<PooledConnection>;
  /** Connections being opened right now: they count against the per-session cap. */
  opening: number;
  waiters: Array<(connection: PooledConnection | undefined) => void>;
  /** The sign-in connection while it selects the mailbox the page opens first (adoptConnection). */
  warming?: { mailbox: string; done: Promise<void> };
  /**
   * Signed out (closeSession) or shut down: the entry has left the pool's map, so requests that
   * still hold it must open nothing more into it and log out what they give back; otherwise
   * those connections would idle where no sweeper looks.
   */
  closed?: boolean;
  /** Whose session it is, for work that concerns a user rather than a session (retireConnectionsOf). */
  owner?: { user: string; host: string; port: number };
}

export interface PoolState {
  sessions: Map<string, SessionEntry>;
  /** Watcher connections, which belong to no session (lib/live/ shares them by account). */
  watchers: Set<WatcherHandle>;
  /** Open connections of every session, leased and watchers alike: held under IMAP_POOL_MAX_TOTAL. */
  total: number;
  opening: number;
  closing: boolean;
  sweeper?: NodeJS.Timeout;
}

/**
 * The pool lives on globalThis: route bundles may load this module more than once and
 * `next dev` re-evaluates it, and a module-level pool would duplicate and leak sockets.
 */
const holder = globalThis as typeof globalThis & { __letterboxImapPool?: PoolState };

export function poolState(): PoolState {
  if (!holder.__letterboxImapPool) {
    const state: PoolState = { sessions: new Map(), watchers: new Set(), total: 0, opening: 0, closing: false };
    state.sweeper = setInterval(() => sweepIdle(state), Math.min(env().IMAP_POOL_IDLE_MS / 2, 30_000));
    state.sweeper.unref();
    holder.__letterboxImapPool = state;
  }
  return holder.__letterboxImapPool;
}

export function sessionEntry(state: PoolState, key: string): SessionEntry {
  let entry = state.sessions.get(key);
  if (!entry) {
    entry = { connections: new Set(), opening: 0, waiters: [] };
    state.sessions.set(key, entry);
  }
  return entry;
}

/** Logs out connections idle longer than IMAP_POOL_IDLE_MS and drops empty sessions. */
export function sweepIdle(state: PoolState, now = Date.now()): void {
  const limit = env().IMAP_POOL_IDLE_MS;
  for (const [key, entry] of state.sessions) {
    for (const connection of entry.connections) {
      if (!connection.busy && now - connection.lastUsed >= limit) {
        // Busy from now on so no request leases it; its 'close' listener then removes it.
        connection.busy = true;
        connection.client.logout().catch(() => connection.client.close());
      }
    }
    if (entry.connections.size === 0 && entry.opening === 0 && entry.waiters.length === 0) {
      state.sessions.delete(key);
    }
  }
}
