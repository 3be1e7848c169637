import { ImapFlow, type MessageStructureObject } from 'imapflow';
import { type MessageRef, messageId } from '../../../lib/ids';

/** One INBOX message as IMAP itself reports it, to check what the app shows against. */
export interface ImapMessage {
  ref: MessageRef;
  id: string;
  subject: string;
  /** The text/plain body, decoded. */
  text: string;
}

/** A plain IMAP connection to the local Dovecot, outside the app (as another mail client would be). */
async function withDirectImap<T>(user: string, password: string, work: (client: ImapFlow) => Promise<T>): Promise<T> {
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
    return await work(client);
  } finally {
    await client.logout();
  }
}

function firstTextPart(node: MessageStructureObject | undefined): string | null {
  if (!node) return null;
  if (node.type.toLowerCase() === 'text/plain') return node.part ?? '1';
  for (const child of node.childNodes ?? []) {
    const found = firstTextPart(child);
    if (found) return found;
  }
  return null;
}

/**
 * The INBOX message at `position` in arrival order, newest first (0 is the newest), with its
 * id (mailbox path + UIDVALIDITY + UID, lib/ids.ts) built from what the server says.
 */
export function messageAt(user: string, password: string, position: number): Promise<ImapMessage> {
  return withDirectImap(user, password, async (client) => {
    const mailbox = await client.mailboxOpen('INBOX', { readOnly: true });
    const sequence = mailbox.exists - position;
    if (sequence < 1) throw new Error(`INBOX holds ${mailbox.exists} messages, not ${position + 1}`);
    const message = await client.fetchOne(String(sequence), { uid: true, envelope: true, bodyStructure: true });
    if (!message) throw new Error(`no message ${sequence}`);
    const part = firstTextPart(message.bodyStructure);
    if (!part) throw new Error(`message ${message.uid} has no text/plain part`);
    const { content } = await client.download(String(message.uid), part, { uid: true });
    if (!content) throw new Error(`part ${part} of message ${message.uid} has no content`);
    const chunks: Buffer[] = [];
    for await (const chunk of content) chunks.push(chunk as Buffer);
    const ref = { path: 'INBOX', uidValidity: Number(mailbox.uidValidity), uid: message.uid };
    return { ref, id: messageId(ref), subject: message.envelope?.subject ?? '', text: Buffer.concat(chunks).toString('utf8') };
  });
}

/** APPENDs a message to INBOX and EXPUNGEs it again: its id is well-formed and names nothing (RFC 3501 §2.3.1.1). */
export function deletedMessageId(user: string, password: string): Promise<string> {
  return withDirectImap(user, password, async (client) => {
    const bytes = Buffer.from('From: gone@example.org\r\nSubject: Deleted meanwhile\r\n\r\nThis message is deleted.\r\n');
    const appended = (await client.append('INBOX', bytes)) || null;
    if (!appended?.uid || appended.uidValidity === undefined) throw new Error('APPEND reported no APPENDUID');
    await client.mailboxOpen('INBOX');
    await client.messageDelete(String(appended.uid), { uid: true });
    return messageId({ path: 'INBOX', uidValidity: Number(appended.uidValidity), uid: appended.uid });
  });
}
