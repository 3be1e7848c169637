import 'server-only';
import { resumeQueued } from '@/lib/compose/resume-queued';
import { AppError } from '@/lib/errors/app-error';
import { openEventStream } from '@/lib/http/event-stream';
import { mailboxId as mailboxIdOf, mailboxPathFromId } from '@/lib/ids';
import { logger } from '@/lib/log/logger';
import { joinPresence } from '@/lib/presence/join-presence';
import type { Account } from '@/lib/session/account';
import { accountOf, type SessionData } from '@/lib/session/session-cookie';
import { sessionStillValid } from '@/lib/session/session-validity';
import { decodeCursor, type MailboxCursor } from '@/lib/sync/mailbox-cursor';
import { joinLive, type LiveMember, leaveLive } from './live-hub';

export interface LiveStreamRequest {
  account: Account;
  session: SessionData;
  /** The folder to watch; INBOX when absent. */
  mailboxId?: string;
  /** Last-Event-ID, or the list's `liveCursor`: where the client's copy stands. */
  since?: string | null;
  signal: AbortSignal;
  /** How often the stream asks whether its session still holds (revoked, idle, too old). */
  checkEveryMs?: number;
}

/**
 * A live stream of one folder for one session (`GET /api/events`). The answer is sent once
 * the hub has placed the stream: caught up from `since` (or started at the folder's present
 * state), so a folder that does not exist is a 404 rather than a stream that says nothing. A
 * `since` the server did not write, or one for another folder, starts with `resync`.
 */
/** How long a stream lasts before it looks for queued sends. */
const RESUME_AFTER_MS = 3_000;

export async function openLiveStream({
  account,
  session,
  mailboxId,
  since,
  signal,
  checkEveryMs = 30_000,
}: LiveStreamRequest): Promise<Response> {
  const path = mailboxId === undefined ? 'INBOX' : mailboxPathFromId(mailboxId);
  if (!path) throw new AppError('NOT_FOUND');
  const cursor = since ? decodeCursor(since) : null;
  const resumable: MailboxCursor | null = cursor?.path === path ? cursor : null;

  let member: LiveMember | undefined;
  let check: NodeJS.Timeout | undefined;
  let resume: NodeJS.Timeout | undefined;
  const stream = openEventStream({
    signal,
    onEnd: (reason) => {
      clearInterval(check);
      clearTimeout(resume);
      if (member) leaveLive(member);
      logger().debug({ reason, user: account.user }, 'live stream ended');
    },
  });
  let placed = { resolve: () => {}, reject: (_error: unknown) => {} };
  const isPlaced = new Promise<void>((resolve, reject) => {
    placed = { resolve, reject };
  });
  // A `since` that names nothing this server wrote: the client's copy cannot be caught up, only reloaded.
  if (since && !resumable) stream.send({ event: 'resync', data: { mailboxId: mailboxIdOf(path), reason: 'gap' } });
  member = {
    account,
    sessionId: account.sessionId,
    path,
    cursor: resumable,
    placed,
    send: (events) => {
      for (const event of events) if (!stream.send(event)) return;
    },
    end: () => {
      stream.send({ event: 'mailboxes', data: {} });
      stream.send({ event: 'resync', data: { mailboxId: mailboxIdOf(path), reason: 'gap' } });
      stream.end('closed');
    },
  };
  try {
    joinLive(member);
    await isPlaced;
  } catch (error) {
    stream.end('closed');
    throw error;
  }
  joinPresence(member, stream.send);
  // Sends queued for their undo delay before a restart are due now or soon (compose/resume-queued.ts):
  // looked for once the stream has lasted a moment, so the search never competes with its first reads.
  resume = setTimeout(() => resumeQueued(account), RESUME_AFTER_MS);
  resume.unref();
  check = setInterval(() => {
    if (!accountOf(session) || !sessionStillValid(session)) stream.end('closed');
  }, checkEveryMs);
  check.unref();
  return stream.response;
}
