import type { ImapFlow } from 'imapflow';
import { expect } from 'vitest';
import { withDirectImap } from './direct-imap';
import { AppClient } from './http-client';
import type { TestUser } from './users';

/** A plain message whose Message-ID says which one it is: `<n.tag@move.test>`. */
export function plainMessage(n: number, tag: string): string {
  return `Message-ID: <${n}.${tag}@move.test>\r\nSubject: message ${n}\r\nFrom: a@example.test\r\n\r\nHello ${n}.\r\n`;
}

/** Appends `count` numbered messages to `path` (on one direct connection); returns the folder's UIDVALIDITY. */
export async function seed(owner: TestUser, path: string, count: number, tag = path): Promise<number> {
  return withDirectImap(owner, async (imap) => {
    for (let n = 1; n <= count; n++) await imap.append(path, plainMessage(n, tag));
    const status = await imap.status(path, { uidValidity: true });
    if (!status) throw new Error(`no STATUS for ${path}`);
    return Number(status.uidValidity);
  });
}

export interface StoredMessage {
  uid: number;
  messageId: string;
  flags: string[];
}

/** What another IMAP client (not the app) sees in `path`, by UID. */
export function contentsOf(owner: TestUser, path: string, port?: number): Promise<StoredMessage[]> {
  return withDirectImap({ ...owner, ...(port ? { port } : {}) }, (imap) => readFolder(imap, path));
}

export async function readFolder(imap: ImapFlow, path: string): Promise<StoredMessage[]> {
  const lock = await imap.getMailboxLock(path, { readOnly: true });
  try {
    if (!imap.mailbox || imap.mailbox.exists === 0) return [];
    const messages = await imap.fetchAll('1:*', { uid: true, flags: true, envelope: true }, { uid: true });
    return messages
      .map((message) => ({
        uid: message.uid,
        messageId: message.envelope?.messageId ?? '',
        // \Recent belongs to whichever session saw the message first (RFC 3501 §2.3.2): not the app's doing.
        flags: [...(message.flags ?? [])].filter((flag) => flag !== '\\Recent').sort(),
      }))
      .sort((a, b) => a.uid - b.uid);
  } finally {
    lock.release();
  }
}

/** An app session for `owner`, on the full server unless `port` names the minimal one. */
export async function signedIn(owner: TestUser, port?: number): Promise<AppClient> {
  const app = new AppClient();
  expect((await app.signIn(owner.user, owner.password, port ? { port } : {})).status).toBe(200);
  return app;
}
