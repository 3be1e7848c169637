import type { ImapFlow } from 'imapflow';
import { expect } from 'vitest';
import { mailboxId } from '@/lib/ids';
import { openLiveStream } from '@/lib/live/open-live-stream';
import type { Account } from '@/lib/session/account';
import type { SessionData } from '@/lib/session/session-cookie';
import { readEvents } from './sse-reader';

/** The session a signed-in request of `account` would carry, fresh: what a stream re-checks. */
export function sessionFor(account: Account): SessionData {
  const { sessionId: sid, user, password, host, port, tls } = account;
  return { sid, user, password, host, port, tls, createdAt: Date.now(), seenAt: Date.now() };
}

/** A stream as the route opens it, read as EventSource would; `close()` is the browser going away. */
export async function subscribe(account: Account, options: { path?: string; since?: string; checkEveryMs?: number } = {}) {
  const abort = new AbortController();
  const response = await openLiveStream({
    account,
    session: sessionFor(account),
    mailboxId: options.path ? mailboxId(options.path) : undefined,
    since: options.since,
    signal: abort.signal,
    checkEveryMs: options.checkEveryMs,
  });
  expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
  return { reader: readEvents(response), close: () => abort.abort() };
}

/**
 * Another client's five changes to INBOX (selected on `imap`): new, flag, expunge, flag, new,
 * the sequence the replay tests expect back exactly once. Returns the two new UIDs.
 */
export async function fiveChanges(
  imap: ImapFlow,
  [first, second, third]: number[],
  message: (subject: string) => string,
): Promise<[number, number]> {
  const one = await imap.append('INBOX', message('New one'));
  await imap.messageFlagsAdd(String(first), ['\\Flagged'], { uid: true });
  await imap.messageDelete(String(second), { uid: true });
  await imap.messageFlagsAdd(String(third), ['\\Seen'], { uid: true });
  const two = await imap.append('INBOX', message('New two'));
  return [Number(one ? one.uid : 0), Number(two ? two.uid : 0)];
}
