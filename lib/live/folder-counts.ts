import 'server-only';
import { listMailboxes } from '@/lib/imap/list-mailboxes';
import { logger } from '@/lib/log/logger';
import type { MailboxCountsEvent } from '@/lib/schemas/live-events';
import type { Mailbox } from '@/lib/schemas/mailboxes';
import type { Account } from '@/lib/session/account';

export interface FolderCountsOptions {
  account: () => Account | undefined;
  intervalMs: number;
  onCounts: (counts: MailboxCountsEvent) => void;
  /** A folder appeared, went, was renamed or (un)subscribed. */
  onTreeChanged: () => void;
}

export interface FolderCounts {
  /** Reads again soon (a watched folder changed: a move changes another folder's counts too). */
  nudge(): void;
  stop(): void;
}

const NUDGE_MS = 300;

/**
 * Every folder's counts while an account has a stream open: one `LIST … RETURN (STATUS
 * (MESSAGES UNSEEN))` (RFC 5819; one STATUS per folder without it) every LIVE_STATUS_INTERVAL_MS,
 * and soon after any change in a watched folder. Only what differs from the previous read is
 * sent; the first read is the baseline. NOTIFY (RFC 5465) would push these instead; it is
 * not used yet (README, Live sync).
 */
export function watchFolderCounts({ account, intervalMs, onCounts, onTreeChanged }: FolderCountsOptions): FolderCounts {
  let previous: Map<string, Mailbox> | undefined;
  let running = false;
  let again = false;
  let stopped = false;
  let soon: NodeJS.Timeout | undefined;

  const read = async () => {
    const current = account();
    if (running || stopped || !current) {
      again = running;
      return;
    }
    running = true;
    try {
      const mailboxes = new Map((await listMailboxes(current)).map((mailbox) => [mailbox.path, mailbox]));
      if (previous && !stopped) compare(previous, mailboxes);
      previous = mailboxes;
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

  const compare = (before: Map<string, Mailbox>, after: Map<string, Mailbox>) => {
    let treeChanged = before.size !== after.size;
    for (const [path, mailbox] of after) {
      const old = before.get(path);
      if (!old || old.subscribed !== mailbox.subscribed) treeChanged = true;
      if (mailbox.total === null || mailbox.unseen === null) continue;
      if (!old || old.total !== mailbox.total || old.unseen !== mailbox.unseen) {
        onCounts({ mailboxId: mailbox.id, total: mailbox.total, unseen: mailbox.unseen });
      }
    }
    if (treeChanged) onTreeChanged();
  };

  const timer = setInterval(() => void read(), intervalMs);
  timer.unref();
  void read();
  return {
    nudge() {
      if (soon || stopped) return;
      soon = setTimeout(() => {
        soon = undefined;
        void read();
      }, NUDGE_MS);
      soon.unref();
    },
    stop() {
      stopped = true;
      clearInterval(timer);
      clearTimeout(soon);
    },
  };
}
