import 'server-only';
import { mailboxId } from '@/lib/ids';
import { notifyFolderChanges, type PushedStatus } from '@/lib/imap/commands/notify';
import { withImap } from '@/lib/imap/connection/pool';
import { openWatcher, type Watcher } from '@/lib/imap/connection/watcher';
import { listMailboxes } from '@/lib/imap/list-mailboxes';
import { logger } from '@/lib/log/logger';
import type { MailboxCountsEvent } from '@/lib/schemas/live-events';
import type { Account } from '@/lib/session/account';

export interface FolderCountsOptions {
  account: () => Account | undefined;
  intervalMs: number;
  /** For a NOTIFY watcher on a server without IDLE (none known; kept for the watcher's contract). */
  pollMs: number;
  onCounts: (counts: MailboxCountsEvent) => void;
  /** A folder appeared, went, was renamed or (un)subscribed. */
  onTreeChanged: () => void;
}

export interface FolderCounts {
  /** Reads again soon (a watched folder changed: a move changes another folder's counts too). */
  nudge(): void;
  stop(): void;
}

interface Known {
  total: number | null;
  unseen: number | null;
  subscribed: boolean;
}

const NUDGE_MS = 300;
/** Dovecot answers one tree change with a LIST (and a STATUS) for every folder: one read after the burst. */
const TREE_SETTLE_MS = 100;
const RETRY_MAX_MS = 30_000;

/**
 * Every folder's counts while an account has a stream open. Where the server advertises
 * NOTIFY (RFC 5465), one more watcher connection, selecting nothing, has the server push a
 * STATUS for any folder that changes and a LIST when the tree does (commands/notify.ts);
 * elsewhere one `LIST … RETURN (STATUS (MESSAGES UNSEEN))` (RFC 5819; one STATUS per folder
 * without it) runs every LIVE_STATUS_INTERVAL_MS, and soon after any change in a watched
 * folder. Either way a full read is the baseline, and only what differs from it is sent.
 */
export function watchFolderCounts(options: FolderCountsOptions): FolderCounts {
  const { account, intervalMs, onCounts, onTreeChanged } = options;
  let known: Map<string, Known> | undefined;
  let pushed = false;
  let watcher: Watcher | undefined;
  let running = false;
  let again = false;
  let stopped = false;
  let failures = 0;
  let soon: NodeJS.Timeout | undefined;
  let poll: NodeJS.Timeout | undefined;

  const read = async () => {
    const current = account();
    if (stopped || !current) return;
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      const mailboxes = await listMailboxes(current);
      const next = new Map(mailboxes.map(({ path, total, unseen, subscribed }) => [path, { total, unseen, subscribed }]));
      if (known && !stopped) compare(known, next);
      known = next;
      if (!pushed && !poll) await choose(current);
    } catch (error) {
      logger().info({ err: error }, 'folder counts not read');
    } finally {
      running = false;
    }
    if (again) {
      again = false;
      void read();
    }
  };

  const compare = (before: Map<string, Known>, after: Map<string, Known>) => {
    let treeChanged = before.size !== after.size;
    for (const [path, now] of after) {
      const old = before.get(path);
      if (!old || old.subscribed !== now.subscribed) treeChanged = true;
      if (now.total === null || now.unseen === null) continue;
      if (!old || old.total !== now.total || old.unseen !== now.unseen) {
        onCounts({ mailboxId: mailboxId(path), total: now.total, unseen: now.unseen });
      }
    }
    if (treeChanged) onTreeChanged();
  };

  /** After the baseline: pushed counts where the server has NOTIFY, else the timer. */
  const choose = async (current: Account) => {
    const notify = await withImap(current, async ({ client }) => client.capabilities.has('NOTIFY'));
    if (stopped) return;
    if (notify) {
      pushed = true;
      listen(current);
    } else {
      poll = setInterval(() => void read(), intervalMs);
      poll.unref();
    }
  };

  const onStatus = (status: PushedStatus) => {
    const old = known?.get(status.path);
    // A folder not read yet is new: its LIST comes too, and the read after it sends its counts.
    if (!known || !old || old.total === null || old.unseen === null) return;
    const total = status.messages ?? old.total;
    const unseen = status.unseen ?? old.unseen;
    if (old.total === total && old.unseen === unseen) return;
    known.set(status.path, { ...old, total, unseen });
    onCounts({ mailboxId: mailboxId(status.path), total, unseen });
  };

  const listen = (current: Account) => {
    if (stopped) return;
    let opened: Watcher;
    try {
      opened = openWatcher(current, null, {
        pollMs: options.pollMs,
        onEvent: () => {},
        setUp: (client) => notifyFolderChanges(client, { onStatus, onList: () => later(TREE_SETTLE_MS) }),
      });
    } catch (error) {
      logger().info({ err: error }, 'folder watcher not opened; retrying');
      retry();
      return;
    }
    watcher = opened;
    // What changed while nobody listened (a first start, a reconnect) is read once NOTIFY is set.
    opened.ready.then(
      () => {
        failures = 0;
        later(0);
      },
      () => {},
    );
    void opened.ended.then((reason) => {
      if (watcher === opened) watcher = undefined;
      if (!stopped && reason !== 'shutdown') retry();
    });
  };

  const retry = () => {
    failures += 1;
    const wait = Math.min(RETRY_MAX_MS, 1_000 * 2 ** Math.min(failures, 5));
    setTimeout(() => {
      const current = account();
      if (current && !watcher) listen(current);
    }, wait).unref();
  };

  const later = (delay: number) => {
    if (soon || stopped) return;
    soon = setTimeout(() => {
      soon = undefined;
      void read();
    }, delay);
    soon.unref();
  };

  void read();
  return {
    nudge() {
      // Pushed counts need no nudge: the server reports the other folder itself.
      if (!pushed) later(NUDGE_MS);
    },
    stop() {
      stopped = true;
      clearInterval(poll);
      clearTimeout(soon);
      void watcher?.stop('closed');
    },
  };
}
