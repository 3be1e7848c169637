import 'server-only';
import type { ImapFlow } from 'imapflow';

/**
 * The Message-ID of each of these UIDs in the selected mailbox: one UID FETCH of
 * BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)] (RFC 3501 §6.4.5; PEEK keeps \Seen as it was).
 * Messages without one are left out: they cannot be found again by it.
 */
export async function messageIds(client: ImapFlow, set: string): Promise<Map<number, string>> {
  const found = new Map<number, string>();
  for await (const message of client.fetch(set, { uid: true, headers: ['message-id'] }, { uid: true })) {
    const id = messageIdOf(message.headers);
    if (id) found.set(message.uid, id);
  }
  return found;
}

/** The header's value, unfolded (RFC 5322 §2.2.3), compared as sent: ids are opaque. */
export function messageIdOf(headers: Buffer | undefined): string | null {
  if (!headers) return null;
  const unfolded = headers.toString('latin1').replace(/\r?\n[ \t]+/g, ' ');
  const match = /^message-id:[ \t]*(\S.*?)[ \t]*$/im.exec(unfolded);
  return match?.[1] ?? null;
}
