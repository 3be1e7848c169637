import 'server-only';
import { timingSafeEqual } from 'node:crypto';
import { env } from '@/lib/config/env';
import { AppError } from '@/lib/errors/app-error';
import type { StreamEvent } from '@/lib/http/event-stream';
import { namespacesOf } from '@/lib/imap/folders/server-namespaces';
import type { PushHintRequest } from '@/lib/schemas/live-events';
import type { Account } from '@/lib/session/account';
import { encodeCursor } from '@/lib/sync/mailbox-cursor';
import { type FolderCounts, watchFolderCounts } from './folder-counts';
import { hintTargets } from './hint-targets';
import { liveKey } from './live-key';
import { createMailboxFeed, type FeedMember, type MailboxFeed } from './mailbox-feed';
import { pushToken } from './push-hint';

/** A stream as the hub knows it. */
export interface LiveMember extends FeedMember {
  sessionId: string;
  path: string;
}

interface AccountLive {
  key: string;
  /** How the server's push script names this account in hints (push-hint.ts). */
  pushToken: string;
  members: Set<LiveMember>;
  feeds: Map<string, MailboxFeed>;
  /** Feeds without members, stopped when their grace period ends unless a stream comes back. */
  idle: Map<string, NodeJS.Timeout>;
  counts?: FolderCounts;
}

interface LiveState {
  accounts: Map<string, AccountLive>;
}

/** On globalThis, like the pool (STACK.md trap 4): one registry however often the module loads. */
const holder = globalThis as typeof globalThis & { __letterboxLive?: LiveState };

function liveState(): LiveState {
  holder.__letterboxLive ??= { accounts: new Map() };
  return holder.__letterboxLive;
}

/**
 * Fan-out of live changes: per account, one feed per watched folder (each with its watcher
 * connection), one folder-counts reader, and every open stream of every session of that
 * account. A feed outlives its last stream by LIVE_GRACE_MS, so a reload or a reconnect finds
 * it open; the counts reader stops with the account's last stream.
 */
export function joinLive(member: LiveMember): void {
  const config = env();
  const state = liveState();
  const key = liveKey(member.account);
  const sessionStreams = [...state.accounts.values()].reduce(
    (sum, live) => sum + [...live.members].filter((other) => other.sessionId === member.sessionId).length,
    0,
  );
  if (sessionStreams >= config.LIVE_MAX_STREAMS_PER_SESSION) {
    throw new AppError('RATE_LIMITED', `At most ${config.LIVE_MAX_STREAMS_PER_SESSION} live streams per session.`);
  }
  let live = state.accounts.get(key);
  if (!live?.feeds.has(member.path) && watcherCount(state) >= config.LIVE_MAX_WATCHERS) {
    throw new AppError('IMAP_BUSY', 'Too many folders are being watched; try again in a moment.');
  }
  if (!live) {
    live = { key, pushToken: pushToken(key), members: new Set(), feeds: new Map(), idle: new Map() };
    state.accounts.set(key, live);
  }
  const account = live;
  let feed = account.feeds.get(member.path);
  if (!feed) {
    // A change in a watched folder may have moved other folders' counts (a move, a delete to Trash).
    feed = createMailboxFeed(member.path, { onChange: () => account.counts?.nudge() });
    account.feeds.set(member.path, feed);
  }
  clearTimeout(account.idle.get(member.path));
  account.idle.delete(member.path);
  account.members.add(member);
  account.counts ??= watchFolderCounts({
    account: () => account.members.values().next().value?.account,
    intervalMs: config.LIVE_STATUS_INTERVAL_MS,
    pollMs: config.LIVE_POLL_MS,
    onCounts: (data) => broadcast(account, (to) => ({ event: 'mailbox', id: idOf(to), data })),
    onTreeChanged: () => broadcast(account, (to) => ({ event: 'mailboxes', id: idOf(to), data: {} })),
  });
  feed.add(member);
}

export function leaveLive(member: LiveMember): void {
  const state = liveState();
  const key = liveKey(member.account);
  const account = state.accounts.get(key);
  if (!account?.members.delete(member)) return;
  const feed = account.feeds.get(member.path);
  feed?.remove(member);
  if (feed && feed.members.size === 0) {
    const timer = setTimeout(() => {
      account.idle.delete(member.path);
      if (feed.members.size > 0) return;
      feed.stop();
      account.feeds.delete(member.path);
      if (account.feeds.size === 0 && account.members.size === 0) state.accounts.delete(key);
    }, env().LIVE_GRACE_MS);
    timer.unref();
    account.idle.set(member.path, timer);
  }
  if (account.members.size === 0) {
    account.counts?.stop();
    account.counts = undefined;
  }
}

/**
 * A push hint: the server's script says these folders changed in a transaction of the user the
 * token names (scripts/imap/letterbox-push.lua). Every feed here on those folders reads now,
 * rather than when IDLE tells it 500 ms later: the user's own, and teammates' on the same
 * shared folder however they name it (RFC 2342: alice's `Team` is bob's `shared/alice/Team`,
 * folder-identity.ts). A folder nobody watches may have moved in the tree's counts. `heard`:
 * the token and user name an account with streams here (a hint for any other is dropped).
 */
export function hintLive(token: string, { user, folders }: PushHintRequest): { heard: boolean } {
  const accounts = [...liveState().accounts.values()];
  const hinted = accounts.find(
    (live) => sameToken(live.pushToken, token) && firstAccount(live)?.user.toLowerCase() === user.toLowerCase(),
  );
  const by = hinted && firstAccount(hinted);
  if (!hinted || !by) return { heard: false };
  const watched = accounts.flatMap((live) => {
    const account = firstAccount(live);
    return account ? [...live.feeds].map(([path, feed]) => ({ account, path, feed })) : [];
  });
  for (const { feed } of hintTargets(by, folders, watched, namespacesOf(by.host, by.port))) feed.nudge();
  if (folders.some((folder) => !hinted.feeds.has(folder))) hinted.counts?.nudge();
  return { heard: true };
}

const firstAccount = (live: AccountLive): Account | undefined => live.members.values().next().value?.account;

/** Sign-out: every stream of that session ends now; watchers follow after their grace period. */
export function endLiveSession(sessionId: string): void {
  for (const account of liveState().accounts.values()) {
    for (const member of [...account.members]) if (member.sessionId === sessionId) member.end();
  }
}

/**
 * A folder was shared with `identifier` or taken back (RFC 4314): every stream of that user on
 * the same server refreshes its folder list. `anyone` and `authenticated` (§2) reach every user
 * there; a negative entry (`-bob`) reaches bob. Streams on other instances learn it from their
 * own folder-list refresh.
 */
export function announceTreeChange(by: Account, identifier: string): void {
  const user = identifier.replace(/^-/, '').toLowerCase();
  const everyone = user === 'anyone' || user === 'authenticated';
  for (const account of liveState().accounts.values()) {
    const member = account.members.values().next().value;
    if (!member || member.account.host.toLowerCase() !== by.host.toLowerCase() || member.account.port !== by.port) continue;
    if (everyone || member.account.user.toLowerCase() === user) {
      broadcast(account, (to) => ({ event: 'mailboxes', id: idOf(to), data: {} }));
    }
  }
}

/**
 * An event for every stream `inRoom` accepts (lib/presence: the streams on one folder, however
 * each names it), but the streams of `except`, each in its own folder's words.
 */
export function tellRoom(
  inRoom: (member: LiveMember) => boolean,
  except: string,
  eventFor: (member: LiveMember) => Omit<StreamEvent, 'id'>,
): void {
  for (const account of liveState().accounts.values()) {
    for (const member of account.members) {
      if (member.account.user.toLowerCase() === except.toLowerCase() || !inRoom(member)) continue;
      member.send([{ ...eventFor(member), id: idOf(member) }]);
    }
  }
}

/** The endpoint is public: compared in constant time, so no response time tells how much of a guess was right. */
function sameToken(ours: string, theirs: string): boolean {
  const [a, b] = [Buffer.from(ours), Buffer.from(theirs)];
  return a.length === b.length && timingSafeEqual(a, b);
}

function watcherCount(state: LiveState): number {
  let count = 0;
  for (const account of state.accounts.values()) count += account.feeds.size;
  return count;
}

/** Events that move no mailbox's history carry the stream's current cursor, so Last-Event-ID stays where it was. */
function idOf(member: LiveMember): string | undefined {
  return member.cursor ? encodeCursor(member.cursor) : undefined;
}

function broadcast(account: AccountLive, eventFor: (member: LiveMember) => StreamEvent): void {
  for (const member of account.members) if (member.cursor) member.send([eventFor(member)]);
}
