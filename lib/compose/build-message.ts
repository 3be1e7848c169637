import 'server-only';
import type { Readable } from 'node:stream';
import MailComposer from 'nodemailer/lib/mail-composer';
import { Recipient } from '@/lib/schemas/compose';

/**
 * lib/compose: the pure core of compose and send, no IMAP, no SMTP.
 *
 *   request ──schemas/compose.ts──▶ composeBodies (sanitized HTML + text/plain)
 *   reply/forward: replySubject, replyRecipients, threadHeaders, fromAddress, newMessageId
 *   ──▶ composeMessage: RFC 5322 bytes as a stream (Sent copy, Bcc kept) + SMTP envelope;
 *       buildMessage: the same bytes in one buffer (drafts, the queue)
 *   ──▶ withoutBcc(raw) / stripFieldsStream(['bcc']): the bytes submitted over SMTP
 *
 * buildMessage writes the message with nodemailer's MailComposer, which encodes non-ASCII
 * names and subjects as RFC 2047 encoded-words, filenames as RFC 2231 parameters, IDN
 * domains as punycode, and folds long header lines. Lines end in CRLF throughout: SMTP
 * forbids bare LF (RFC 5321 §2.3.8) and IMAP APPEND stores the bytes as given.
 */
export interface OutgoingAttachment {
  filename: string;
  contentType: string;
  content: Buffer | Readable;
  /** inline: shown in the HTML where it references `cid:<cid>` (RFC 2392). */
  contentDisposition?: 'attachment' | 'inline';
  cid?: string;
}

export interface OutgoingMessage {
  from: Recipient;
  to: Recipient[];
  cc: Recipient[];
  bcc: Recipient[];
  subject: string;
  html?: string;
  text: string;
  attachments: OutgoingAttachment[];
  /** The parent's `<id>` and the References chain, from threadHeaders(). */
  inReplyTo?: string;
  references?: string[];
  /** From newMessageId(): chosen by us, so the Sent copy and the submitted message share it. */
  messageId: string;
  date: Date;
  /** Extra header fields, ASCII (a draft's X-Letterbox-Compose). */
  headers?: Record<string, string>;
}

export interface ComposedMessage {
  messageId: string;
  /** RFC 5321 MAIL FROM and RCPT TO: every To, Cc and Bcc address once, IDN domains as punycode. */
  envelope: { from: string; to: string[] };
  /**
   * The full message with its Bcc field, the sender's copy for Sent (RFC 5322 §3.6.3), as it is
   * written: attachments that are streams are read only as it is read. Once only.
   */
  stream(): Readable;
}

export interface BuiltMessage extends Omit<ComposedMessage, 'stream'> {
  /** The full message with its Bcc field. Submit withoutBcc(raw). */
  raw: Buffer;
}

/** The message in one buffer; `draft`: a draft may have no recipient yet (it is stored, never submitted). */
export async function buildMessage(message: OutgoingMessage, options: { draft?: boolean } = {}): Promise<BuiltMessage> {
  const { stream, ...composed } = composeMessage(message, options);
  const chunks: Buffer[] = [];
  for await (const chunk of stream()) chunks.push(chunk as Buffer);
  return { ...composed, raw: Buffer.concat(chunks) };
}

/** The message as a stream and its envelope, for a send that spools it (send-message.ts). */
export function composeMessage(message: OutgoingMessage, options: { draft?: boolean } = {}): ComposedMessage {
  const recipients = message.to.length + message.cc.length + message.bcc.length;
  if (recipients === 0 && !options.draft) throw new Error('buildMessage: no recipient');
  const node = new MailComposer({
    from: mailbox(message.from),
    to: message.to.map(mailbox),
    cc: message.cc.map(mailbox),
    bcc: message.bcc.map(mailbox),
    subject: message.subject,
    text: message.text,
    html: message.html,
    attachments: message.attachments.map((attachment) => ({
      filename: attachment.filename,
      contentType: attachment.contentType,
      content: attachment.content,
      contentDisposition: attachment.contentDisposition ?? 'attachment',
      ...(attachment.cid ? { cid: attachment.cid } : {}),
    })),
    inReplyTo: message.inReplyTo,
    references: message.references?.length ? message.references : undefined,
    messageId: message.messageId,
    date: message.date,
    ...(message.headers ? { headers: message.headers } : {}),
    newline: 'windows',
    // Content is always given as bytes: nothing here may make the composer read a file or a URL.
    disableFileAccess: true,
    disableUrlAccess: true,
  }).compile();
  node.keepBcc = true;
  const envelope = node.getEnvelope();
  if (!envelope.from) throw new Error('buildMessage: no sender address');
  return {
    messageId: node.messageId(),
    envelope: { from: envelope.from, to: envelope.to },
    stream: () => node.createReadStream(),
  };
}

/**
 * A recipient checked again with the compose schema (no line break, exactly one address):
 * the route parsed its own, but names taken from a replied message never passed a schema.
 */
function mailbox(recipient: Recipient): { name: string; address: string } {
  const { name, address } = Recipient.parse(recipient);
  return { name: name ?? '', address };
}
