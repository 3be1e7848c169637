import { ImapFlow } from 'imapflow';
import type { MessageRef } from '../../../lib/ids';

/**
 * APPENDs `messages` to a user's INBOX, in order, over one plain IMAP connection to the local
 * Dovecot (outside the app, as mail arriving would). APPENDUID (RFC 4315, UIDPLUS) gives each
 * one's UID and UIDVALIDITY, so a spec can open it by id.
 */
export async function appendMessages(
  user: string,
  password: string,
  messages: Buffer[],
  flags: string[] = [],
): Promise<MessageRef[]> {
  const client = new ImapFlow({
    host: '127.0.0.1',
    port: 1143,
    secure: false,
    doSTARTTLS: false,
    auth: { user, pass: password },
    logger: false,
  });
  await client.connect();
  try {
    const refs: MessageRef[] = [];
    for (const bytes of messages) {
      const appended = (await client.append('INBOX', bytes, flags)) || null;
      if (!appended?.uid || appended.uidValidity === undefined) throw new Error('APPEND reported no APPENDUID');
      refs.push({ path: 'INBOX', uidValidity: Number(appended.uidValidity), uid: appended.uid });
    }
    return refs;
  } finally {
    await client.logout();
  }
}
