import type { ImapFlow } from 'imapflow';
import { expect } from 'vitest';
import type { InstanceKind } from '../../../scripts/imap/paths';
import { withDirectImap } from './direct-imap';
import { AppClient } from './http-client';
import { type SentCommand, sentCommandsByConnection } from './rawlog';
import { IMAP } from './servers';
import { freshUser, type TestUser } from './users';

/**
 * A fresh user with `count` plain messages in INBOX (UIDs 1 to count), appended by another
 * client, and the app signed in to the Dovecot on `port`.
 */
export async function userWithMessages(
  prefix: string,
  count: number,
  port = IMAP.port,
): Promise<{ owner: TestUser; app: AppClient }> {
  const owner = freshUser(prefix);
  await withDirectImap(owner, async (imap) => {
    for (let n = 1; n <= count; n++) await imap.append('INBOX', `Subject: message ${n}\r\n\r\nHello ${n}.\r\n`);
  });
  const app = new AppClient();
  const signIn = await app.signIn(owner.user, owner.password, { port });
  if (signIn.status !== 200) throw new Error(`sign-in answered ${signIn.status}`);
  return { owner, app };
}

/** Runs `work` with INBOX selected on an independent imapflow connection (never the app's). */
export function inInbox<T>(owner: TestUser, work: (imap: ImapFlow) => Promise<T>): Promise<T> {
  return withDirectImap(owner, async (imap) => {
    const lock = await imap.getMailboxLock('INBOX');
    try {
      return await work(imap);
    } finally {
      lock.release();
    }
  });
}

/** Every INBOX message's flags (without the session's \Recent), as another client reads them. */
export function flagsOnServer(owner: TestUser): Promise<Record<number, string[]>> {
  return inInbox(owner, async (imap) => {
    const messages = await imap.fetchAll('1:*', { uid: true, flags: true }, { uid: true });
    return Object.fromEntries(
      messages.map((message) => [message.uid, [...(message.flags ?? [])].filter((flag) => flag !== '\\Recent').sort()]),
    );
  });
}

/** INBOX's HIGHESTMODSEQ (RFC 7162), as a client that last synced now would send in unchangedSince. */
export async function highestModseq(owner: TestUser): Promise<string> {
  const status = await withDirectImap(owner, (imap) => imap.status('INBOX', { highestModseq: true }));
  if (!status || status.highestModseq === undefined) throw new Error('no HIGHESTMODSEQ for INBOX');
  return status.highestModseq.toString();
}

/**
 * The rawlogs of the app's own connections: the other client's share the user's folder. On the
 * full server those whose ID (RFC 2971) names Letterbox; the minimal one lacks ID, and only the
 * app connects to it here (the other client of these helpers always uses the full one).
 */
function appConnections(user: string, kind: InstanceKind): SentCommand[][] {
  const connections = sentCommandsByConnection(user, kind);
  if (kind === 'minimal') return connections;
  return connections.filter((commands) =>
    commands.some((command) => command.name === 'ID' && command.line.includes('"Letterbox"')),
  );
}

/**
 * Signs the app out, which logs its connections out and so flushes Dovecot's rawlog, and
 * returns the STOREs those connections sent, without timestamp and tag.
 */
export async function appStoresAfterSignOut(app: AppClient, user: string, kind: InstanceKind): Promise<string[]> {
  await app.request('DELETE', '/api/session');
  await expect
    .poll(() => {
      const connections = appConnections(user, kind);
      return connections.length > 0 && connections.every((commands) => commands.some((command) => command.name === 'LOGOUT'));
    })
    .toBe(true);
  return appConnections(user, kind)
    .flat()
    .filter((command) => /^(UID )?STORE$/.test(command.name))
    .map((command) => command.line.replace(/^(\d+\.\d+ )?\S+ /, ''));
}
