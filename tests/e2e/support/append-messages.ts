import type { MessageRef } from '../../../lib/ids';
import { withDirectImap } from '../../../scripts/harness/direct-imap';

/**
 * APPENDs `messages` to a user's INBOX, in order, over one direct IMAP connection to the local
 * Dovecot (outside the app, as mail arriving would). APPENDUID (RFC 4315, UIDPLUS) gives each
 * one's UID and UIDVALIDITY, so a spec can open it by id.
 */
export function appendMessages(user: string, password: string, messages: Buffer[], flags: string[] = []): Promise<MessageRef[]> {
  return withDirectImap({ user, password }, async (client) => {
    const refs: MessageRef[] = [];
    for (const bytes of messages) {
      const appended = (await client.append('INBOX', bytes, flags)) || null;
      if (!appended?.uid || appended.uidValidity === undefined) throw new Error('APPEND reported no APPENDUID');
      refs.push({ path: 'INBOX', uidValidity: Number(appended.uidValidity), uid: appended.uid });
    }
    return refs;
  });
}
