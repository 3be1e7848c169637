import { withDirectImap } from '../../../scripts/harness/direct-imap';

/**
 * What the server holds, read by an independent IMAP session (never through the app): the
 * way every organising test checks its result.
 */
export interface ServerMessage {
  uid: number;
  flags: string[];
  messageId: string;
}

interface Login {
  user: string;
  password: string;
}

export function serverMessages(login: Login, path: string): Promise<ServerMessage[]> {
  return withDirectImap(login, async (imap) => {
    const lock = await imap.getMailboxLock(path, { readOnly: true });
    try {
      const found: ServerMessage[] = [];
      // FETCH 1:* in an empty mailbox is a BAD: there is no message 1.
      if (imap.mailbox !== false && imap.mailbox.exists === 0) return found;
      for await (const message of imap.fetch('1:*', { uid: true, flags: true, envelope: true })) {
        found.push({ uid: message.uid, flags: [...(message.flags ?? [])], messageId: message.envelope?.messageId ?? '' });
      }
      return found;
    } finally {
      lock.release();
    }
  });
}

export async function serverFlags(login: Login, path: string, uid: number): Promise<string[]> {
  const message = (await serverMessages(login, path)).find((candidate) => candidate.uid === uid);
  if (!message) throw new Error(`no UID ${uid} in ${path} on the server`);
  return message.flags;
}

export async function serverMessageIds(login: Login, path: string): Promise<Set<string>> {
  return new Set((await serverMessages(login, path)).map((message) => message.messageId));
}

export function createFolder(login: Login, path: string): Promise<void> {
  return withDirectImap(login, async (imap) => {
    await imap.mailboxCreate(path);
    await imap.mailboxSubscribe(path);
  });
}

export function deleteFolder(login: Login, path: string): Promise<void> {
  return withDirectImap(login, async (imap) => {
    await imap.mailboxDelete(path);
  });
}

/** `count` small messages appended to INBOX, oldest first, with Message-IDs `<bulk-N@e2e.test>`. */
export function appendBulk(login: Login, count: number): Promise<void> {
  return withDirectImap(login, async (imap) => {
    for (let index = 1; index <= count; index++) {
      const date = new Date(Date.UTC(2025, 0, 1, 0, index)).toUTCString();
      const bytes = Buffer.from(
        `From: Bulk Sender <bulk@e2e.test>\r\nTo: reader@e2e.test\r\nSubject: Bulk ${index}\r\nDate: ${date}\r\n` +
          `Message-ID: <bulk-${index}@e2e.test>\r\nContent-Type: text/plain\r\n\r\nMessage ${index}.\r\n`,
      );
      await imap.append('INBOX', bytes, ['\\Seen']);
    }
  });
}
