import 'server-only';
import type { ExistsEvent, ExpungeEvent, FlagsEvent, ImapFlow } from 'imapflow';
import { AppError } from '@/lib/errors/app-error';
import { logger } from '@/lib/log/logger';
import type { Account } from '@/lib/session/account';
import { accountKey } from './account-key';
import { toAppError } from './errors';
import { openConnection } from './open-connection';
import { roomForOneMore } from './pool';
import { type PoolState, poolState, type SessionEntry, sessionEntry, type WatchEnd, type WatcherSlot } from './pool-state';

export type { WatchEnd } from './pool-state';

/** What the server pushed during IDLE, as imapflow parsed it (RFC 3501 §7.3.1, §7.4.1, §7.4.2). */
export type WatchEvent =
  | ({ kind: 'exists' } & ExistsEvent)
  | ({ kind: 'expunge' } & ExpungeEvent)
  | ({ kind: 'flags' } & FlagsEvent);

export interface WatchOptions {
  mailbox: string;
  /** Asked every `checkEveryMs`: false (revoked, expired) ends the watch with 'session-expired'. */
  isAlive: () => boolean;
  onEvent: (event: WatchEvent) => void;
  checkEveryMs?: number;
}

export interface Watch {
  /** Settles once, with why the watch ended; nothing is delivered after it. */
  ended: Promise<WatchEnd>;
  /** Ends this watch; the last one to leave logs the watcher connection out. Idempotent. */
  close(): void;
}

interface Subscriber {
  options: WatchOptions;
  end: (reason: WatchEnd) => void;
}

interface Slot extends WatcherSlot {
  subscribers: Set<Subscriber>;
  ready: Promise<ImapFlow>;
}

const CHECK_EVERY_MS = 30_000;

/**
 * Live updates for one mailbox of a session: a dedicated connection in IDLE, opened on the
 * first watch and shared by every later one of the same session (a tab each), never leased for
 * commands: a command, or a download, would end IDLE and delay every push behind it. It counts
 * against IMAP_POOL_MAX_TOTAL, not against the per-session cap of leased connections. Without
 * NOTIFY (RFC 5465) one connection hears one selected mailbox, so a session watches one at a
 * time: another mailbox while one is watched is CONFLICT.
 *
 * A watch can outlive the request that checked the session, so it asks `isAlive` (revocation,
 * absolute and idle expiry) on a timer and ends when the answer turns false; sign-out
 * (closeSession) and shutdown (closeAll) end it at once.
 */
export async function openWatcher(account: Account, options: WatchOptions): Promise<Watch> {
  if (!options.isAlive()) throw new AppError('AUTH_REQUIRED');
  const state = poolState();
  if (state.closing) throw new AppError('IMAP_BUSY', 'The server is shutting down; try again in a moment.');
  const entry = sessionEntry(state, accountKey(account));
  const slot = (entry.watcher as Slot | undefined) ?? openSlot(state, entry, account, options.mailbox);
  if (slot.mailbox !== options.mailbox) throw new AppError('CONFLICT', 'Another window is already watching a different folder.');

  let settle: (reason: WatchEnd) => void = () => {};
  const ended = new Promise<WatchEnd>((resolve) => {
    settle = resolve;
  });
  const timer = setInterval(() => {
    if (!options.isAlive()) subscriber.end('session-expired');
  }, options.checkEveryMs ?? CHECK_EVERY_MS);
  timer.unref();
  const subscriber: Subscriber = {
    options,
    end: (reason) => {
      if (!slot.subscribers.delete(subscriber)) return;
      clearInterval(timer);
      settle(reason);
      if (slot.subscribers.size === 0) void slot.stop(reason);
    },
  };
  slot.subscribers.add(subscriber);
  try {
    await slot.ready;
  } catch (error) {
    subscriber.end('connection-lost');
    throw error;
  }
  return { ended, close: () => subscriber.end('closed') };
}

function openSlot(state: PoolState, entry: SessionEntry, account: Account, mailbox: string): Slot {
  if (!roomForOneMore(state)) throw new AppError('IMAP_BUSY', 'The mail server is busy; try again in a moment.');
  let stopped = false;
  let counted = false;
  const slot: Slot = {
    mailbox,
    subscribers: new Set(),
    ready: Promise.resolve() as unknown as Promise<ImapFlow>,
    stop: async (reason) => {
      if (stopped) return;
      stopped = true;
      if (entry.watcher === slot) entry.watcher = undefined;
      for (const subscriber of [...slot.subscribers]) subscriber.end(reason);
      const client = await slot.ready.catch(() => undefined);
      if (!client) return;
      if (counted) state.total -= 1;
      counted = false;
      await client.logout().catch(() => client.close());
    },
  };
  const deliver = (event: WatchEvent) => {
    for (const { options } of slot.subscribers) {
      try {
        options.onEvent(event);
      } catch (error) {
        logger().warn({ err: error, user: account.user }, 'watch listener failed');
      }
    }
  };
  state.opening += 1;
  slot.ready = (async () => {
    let client: ImapFlow;
    try {
      client = await openConnection(account, { idle: true });
    } finally {
      state.opening -= 1;
    }
    state.total += 1;
    counted = true;
    client.once('close', () => {
      if (counted) state.total -= 1;
      counted = false;
      void slot.stop('connection-lost');
    });
    client.on('exists', (event: ExistsEvent) => deliver({ kind: 'exists', ...event }));
    client.on('expunge', (event: ExpungeEvent) => deliver({ kind: 'expunge', ...event }));
    client.on('flags', (event: FlagsEvent) => deliver({ kind: 'flags', ...event }));
    if (stopped) {
      await client.logout().catch(() => client.close());
      throw new AppError('IMAP_BUSY');
    }
    try {
      // EXAMINE: read-only, so watching never clears \Recent (RFC 3501 §6.3.2). imapflow then
      // enters IDLE by itself (autoIdleDelay 0) and re-enters it after every maxIdleTime.
      await client.mailboxOpen(mailbox, { readOnly: true });
    } catch (error) {
      client.close();
      throw toAppError(error);
    }
    return client;
  })();
  slot.ready.catch((error: unknown) => {
    logger().info({ err: error, user: account.user }, 'watcher could not start');
    void slot.stop('connection-lost');
  });
  entry.watcher = slot;
  return slot;
}
