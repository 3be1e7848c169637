import 'server-only';
import type { ExistsEvent, ExpungeEvent, FlagsEvent, ImapFlow } from 'imapflow';
import { AppError } from '@/lib/errors/app-error';
import { logger } from '@/lib/log/logger';
import type { Account } from '@/lib/session/account';
import { toAppError } from './errors';
import { openConnection } from './open-connection';
import { roomForOneMore } from './pool';
import { poolState, type WatchEnd } from './pool-state';

export type { WatchEnd } from './pool-state';

/** What the server pushed (during IDLE, or in answer to a NOOP), as imapflow parsed it (RFC 3501 §7.3.1, §7.4.1, §7.4.2). */
export type WatchEvent =
  | ({ kind: 'exists' } & ExistsEvent)
  | ({ kind: 'expunge' } & ExpungeEvent)
  | ({ kind: 'flags' } & FlagsEvent);

export interface WatcherOptions {
  onEvent: (event: WatchEvent) => void;
  /** Without IDLE (RFC 2177), how often a NOOP asks the server for news. */
  pollMs: number;
  /** Runs once the connection is up (and its mailbox selected): NOTIFY SET for a watcher of every folder. */
  setUp?: (client: ImapFlow) => Promise<void>;
}

export interface Watcher {
  /** Settles when the mailbox is selected and the server pushes (or is polled); rejects with an app code. */
  ready: Promise<void>;
  /** Settles once, with why the watcher ended; nothing is delivered after it. */
  ended: Promise<WatchEnd>;
  /** Logs the connection out; idempotent. */
  stop(reason: WatchEnd): Promise<void>;
}

/**
 * One dedicated connection that hears one mailbox (or, with `setUp` sending NOTIFY, every
 * folder), and is never used for commands or
 * downloads: either would end IDLE and hold every push behind it (STACK.md trap 1). imapflow
 * enters IDLE as soon as the mailbox is selected (autoIdleDelay 0) and re-issues it every few
 * minutes, well inside RFC 2177's 29-minute limit. A server without IDLE is asked with NOOP
 * every `pollMs` instead (imapflow's own polling fallback), and answers it with the same
 * untagged EXISTS/EXPUNGE/FETCH. The connection counts against IMAP_POOL_MAX_TOTAL; who
 * shares it, and when it ends, is the live hub's business (lib/live/).
 */
export function openWatcher(account: Account, mailbox: string | null, options: WatcherOptions): Watcher {
  const state = poolState();
  if (state.closing) throw new AppError('IMAP_BUSY', 'The server is shutting down; try again in a moment.');
  if (!roomForOneMore(state)) throw new AppError('IMAP_BUSY', 'The mail server is busy; try again in a moment.');

  let stopped = false;
  let counted = false;
  let client: ImapFlow | undefined;
  let settle: (reason: WatchEnd) => void = () => {};
  const ended = new Promise<WatchEnd>((resolve) => {
    settle = resolve;
  });
  const uncount = () => {
    if (counted) state.total -= 1;
    counted = false;
  };
  const watcher: Watcher = {
    ready: Promise.resolve(),
    ended,
    stop: async (reason) => {
      if (stopped) return;
      stopped = true;
      state.watchers.delete(watcher);
      settle(reason);
      const open = client;
      if (!open) return;
      uncount();
      await open.logout().catch(() => open.close());
    },
  };
  const deliver = (event: WatchEvent) => {
    if (stopped) return;
    try {
      options.onEvent(event);
    } catch (error) {
      logger().warn({ err: error, user: account.user }, 'watch listener failed');
    }
  };

  state.watchers.add(watcher);
  state.opening += 1;
  watcher.ready = (async () => {
    let opened: ImapFlow;
    try {
      opened = await openConnection(account, { idle: true });
      // Stopped while LOGIN was on its way (a shutdown waits for `opening` to reach 0): log out before counting down.
      if (stopped) {
        await opened.logout().catch(() => opened.close());
        throw new AppError('IMAP_BUSY');
      }
    } finally {
      state.opening -= 1;
    }
    client = opened;
    state.total += 1;
    counted = true;
    opened.once('close', () => {
      uncount();
      void watcher.stop('connection-lost');
    });
    opened.on('exists', (event: ExistsEvent) => deliver({ kind: 'exists', ...event }));
    opened.on('expunge', (event: ExpungeEvent) => deliver({ kind: 'expunge', ...event }));
    opened.on('flags', (event: FlagsEvent) => deliver({ kind: 'flags', ...event }));
    // imapflow polls with NOOP every maxIdleTime (at most 2 min) when IDLE is not advertised.
    if (!opened.capabilities.has('IDLE')) opened.maxIdleTime = options.pollMs;
    try {
      // EXAMINE: read-only, so watching never clears \Recent (RFC 3501 §6.3.2). No mailbox: a
      // watcher of every folder (NOTIFY), which selects none.
      if (mailbox !== null) await opened.mailboxOpen(mailbox, { readOnly: true });
      await options.setUp?.(opened);
    } catch (error) {
      opened.close();
      throw toAppError(error);
    }
  })();
  watcher.ready.catch((error: unknown) => {
    logger().info({ err: error, user: account.user }, 'watcher could not start');
    void watcher.stop('connection-lost');
  });
  return watcher;
}
