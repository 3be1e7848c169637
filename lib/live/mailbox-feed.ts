import 'server-only';
import { env } from '@/lib/config/env';
import { AppError } from '@/lib/errors/app-error';
import type { StreamEvent } from '@/lib/http/event-stream';
import { openWatcher, type Watcher } from '@/lib/imap/connection/watcher';
import { logger } from '@/lib/log/logger';
import type { Account } from '@/lib/session/account';
import { changesSince } from '@/lib/sync/changes-since';
import { encodeCursor, type MailboxCursor } from '@/lib/sync/mailbox-cursor';
import { readMailboxState } from '@/lib/sync/mailbox-state';
import { diffSnapshot, type MailboxSnapshot, readSnapshot } from '@/lib/sync/snapshot-diff';
import { changeEvents, resyncEvent } from './change-events';
import { liveKey } from './live-key';
import { registerPushHint } from './push-hint';

/** One stream's view of the feed: where it stands, and where its events go. */
export interface FeedMember {
  account: Account;
  /** Null until the feed has placed it; then moved by every batch it was sent. */
  cursor: MailboxCursor | null;
  send(events: StreamEvent[]): void;
  /** Settled by the feed's first round with this member in it: placed, or why not (NOT_FOUND). */
  placed: { resolve(): void; reject(error: unknown): void };
  /** The folder is gone (deleted or renamed by anyone): the stream ends after telling so. */
  end(): void;
}

export interface MailboxFeed {
  readonly path: string;
  readonly members: ReadonlySet<FeedMember>;
  add(member: FeedMember): void;
  remove(member: FeedMember): void;
  /** The server's push script says the folder changed (push-hint.ts): read now, as after IDLE's news. */
  nudge(): void;
  /** Logs the watcher out; the hub calls it once the last member has been gone for LIVE_GRACE_MS. */
  stop(): void;
}

/** Pushes of one burst (a MOVE of 50 messages) are read in one go. */
const BATCH_MS = 25;
const RETRY_MAX_MS = 30_000;

/**
 * The live state of one mailbox of one account, shared by every stream that watches it: one
 * watcher connection hears the server (IDLE, or NOOP polling), and each push makes one read,
 * on a pooled connection, of what changed since where the members stand: by mod-sequence
 * (CHANGEDSINCE/VANISHED, changes-since.ts) where the server keeps them, else by comparing
 * snapshots (snapshot-diff.ts). Members are grouped by cursor, so a stream that resumes from
 * an older point is caught up by its own read while the others share one. Reads run one at a
 * time; a push during a read makes one more read after it. A watcher the server drops (a
 * kick, a restart) is opened again with backoff, and the read after it fills the gap.
 */
export function createMailboxFeed(path: string, { onChange }: { onChange: () => void }): MailboxFeed {
  const members = new Set<FeedMember>();
  let mode: 'unknown' | 'modseqs' | 'snapshot' = 'unknown';
  let snapshot: MailboxSnapshot | undefined;
  let watcher: Watcher | undefined;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let again = false;
  let failures = 0;
  let changed = false;

  // The longest-standing member's session does the reads, so one pool serves them however many join.
  const account = () => members.values().next().value?.account;
  const backoff = () => Math.min(RETRY_MAX_MS, 1_000 * 2 ** Math.min(failures, 5));

  const schedule = (delay = BATCH_MS) => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    if (timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      void run();
    }, delay);
  };

  const run = async () => {
    running = true;
    again = false;
    const current = account();
    changed = false;
    try {
      if (current) await round(current);
      failures = 0;
      if (changed) onChange();
    } catch (error) {
      failures += 1;
      if (error instanceof AppError && error.code === 'NOT_FOUND') gone();
      else {
        logger().info({ err: error, path }, 'live read failed; retrying');
        again = false;
        running = false;
        schedule(backoff());
        return;
      }
    }
    running = false;
    if (again) schedule();
  };

  const round = async (current: Account) => {
    let taken = false;
    if (mode === 'unknown') {
      const state = await readMailboxState(current, path);
      mode = state.modseqs ? 'modseqs' : 'snapshot';
      if (mode === 'snapshot') {
        snapshot = await readSnapshot(current, path);
        taken = true;
      }
    }
    if (mode === 'snapshot') return snapshotRound(current, taken);
    const fresh = [...members].filter((member) => member.cursor === null);
    if (fresh.length > 0) {
      const { cursor } = await readMailboxState(current, path);
      for (const member of fresh) place(member, cursor);
    }
    for (const group of groupsByCursor()) {
      const since = group[0]?.cursor;
      if (!since) continue;
      const changes = await changesSince(current, since);
      const events =
        changes.kind === 'resync' ? [resyncEvent(changes.cursor, changes.why)] : changeEvents(since, changes.cursor, changes);
      for (const member of group) deliver(member, events, changes.cursor);
    }
  };

  const snapshotRound = async (current: Account, fresh: boolean) => {
    let base = snapshot ?? (await readSnapshot(current, path));
    for (const member of members) {
      if (member.cursor === null) place(member, base.cursor);
      // Identity, not equality: without mod-sequences two states can share a cursor (a flag
      // changed), so only a member this feed placed or moved is known to have seen `base`. Any
      // other point cannot be replayed: that member reloads (RFC 4549 §4.3).
      else if (member.cursor !== base.cursor) deliver(member, [resyncEvent(base.cursor, 'no-condstore')], base.cursor);
    }
    if (fresh) return;
    const changes = await diffSnapshot(current, base);
    snapshot = changes.snapshot;
    const events =
      changes.kind === 'resync'
        ? [resyncEvent(changes.snapshot.cursor, 'uidvalidity')]
        : changeEvents(base.cursor, changes.snapshot.cursor, changes);
    base = changes.snapshot;
    for (const member of members) if (member.cursor !== null) deliver(member, events, base.cursor);
  };

  const place = (member: FeedMember, cursor: MailboxCursor) => {
    member.cursor = cursor;
    member.placed.resolve();
  };

  const deliver = (member: FeedMember, events: StreamEvent[], cursor: MailboxCursor) => {
    if (!members.has(member)) return;
    member.cursor = cursor;
    if (events.length > 0) {
      member.send(events);
      changed = true;
    }
    member.placed.resolve();
  };

  function groupsByCursor(): FeedMember[][] {
    const groups = new Map<string, FeedMember[]>();
    for (const member of members) {
      if (!member.cursor) continue;
      const key = encodeCursor(member.cursor);
      groups.set(key, [...(groups.get(key) ?? []), member]);
    }
    return [...groups.values()];
  }

  /** The folder no longer exists: members not yet placed fail (NOT_FOUND), the others are told and end. */
  const gone = () => {
    for (const member of [...members]) {
      member.placed.reject(new AppError('NOT_FOUND'));
      member.end();
    }
  };

  const watch = () => {
    const current = account();
    if (stopped || watcher || !current) return;
    let opened: Watcher;
    try {
      opened = openWatcher(current, path, {
        onEvent: () => schedule(),
        pollMs: env().LIVE_POLL_MS,
        setUp: (client) => registerPushHint(client, current, liveKey(current)),
      });
    } catch (error) {
      logger().info({ err: error, path }, 'live watcher not opened; retrying');
      failures += 1;
      setTimeout(watch, backoff()).unref();
      return;
    }
    watcher = opened;
    // Whatever happened while no watcher listened is read once it listens.
    opened.ready.then(
      () => schedule(),
      (error: unknown) => {
        if (error instanceof AppError && error.code === 'NOT_FOUND') gone();
      },
    );
    void opened.ended.then((reason) => {
      if (watcher === opened) watcher = undefined;
      if (stopped || reason === 'shutdown' || members.size === 0) return;
      failures += 1;
      setTimeout(watch, backoff()).unref();
    });
  };

  return {
    path,
    members,
    add(member) {
      members.add(member);
      watch();
      schedule(0);
    },
    remove(member) {
      members.delete(member);
    },
    nudge() {
      schedule(0);
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
      void watcher?.stop('closed');
    },
  };
}
