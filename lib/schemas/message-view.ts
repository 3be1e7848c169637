import { z } from 'zod';
import { Address, MalformedHeader } from './message-list';

/** One node of the MIME tree, from BODYSTRUCTURE (RFC 3501 §7.4.2); never fetched to list it. */
export const MimePart = z.object({
  /** IMAP part number ("1", "1.2"); "1" is also a single-part message's body (RFC 3501 §6.4.5). */
  part: z.string(),
  type: z.string(),
  /** Encoded size in bytes, as the server reports it. */
  size: z.number().int(),
  encoding: z.string().nullable(),
  charset: z.string().nullable(),
  /** RFC 3676: `format=flowed` text, with `delsp=yes` or without; anything else is fixed. */
  format: z.enum(['fixed', 'flowed', 'flowed-delsp']),
  disposition: z.string().nullable(),
  /** Decoded (RFC 2047/2231) file name. */
  filename: z.string().nullable(),
  /** Content-ID without angle brackets, for cid: references (RFC 2392). */
  contentId: z.string().nullable(),
});
export type MimePart = z.infer<typeof MimePart>;

export const MessageBody = z.object({
  kind: z.enum(['html', 'text', 'none']),
  part: z.string().nullable(),
  /** Sanitized HTML, or plain text (UTF-8). */
  content: z.string(),
  /** The text is flowed (RFC 3676) or the HTML/text was cut at the display limit. */
  truncated: z.boolean(),
  /** Remote images and other remote resources removed until the user allows them. */
  remoteBlocked: z.number().int(),
  /** What could not be shown as sent, in words for the reader (unknown charset, broken MIME). */
  notes: z.array(z.string()),
});
export type MessageBody = z.infer<typeof MessageBody>;

/**
 * A message as the reading pane shows it. Immutable for a given id (mailbox, UIDVALIDITY,
 * UID), so it is cached privately and never carries flags; flags travel with the list and
 * the flag endpoints.
 */
export const MessageView = z.object({
  id: z.string(),
  /** The message/rfc822 part shown, for a message attached to `id`; null for the message itself. */
  part: z.string().nullable(),
  uid: z.number().int(),
  mailboxId: z.string(),
  subject: z.string(),
  from: z.array(Address),
  to: z.array(Address),
  cc: z.array(Address),
  /** As in MessageSummary: To and Cc addresses past the first 100 of each, counted. */
  recipientsOmitted: z.number().int().nonnegative(),
  replyTo: z.array(Address),
  /** As in MessageSummary: malformed From, Sender or Reply-To headers; `from` and `replyTo` then list every address. */
  malformed: z.array(MalformedHeader).optional(),
  date: z.string(),
  messageId: z.string().nullable(),
  listUnsubscribe: z.string().nullable(),
  size: z.number().int(),
  parts: z.array(MimePart),
  attachments: z.array(MimePart),
  body: MessageBody,
});
export type MessageView = z.infer<typeof MessageView>;

/** RFC 3501 §6.4.5 part numbers only ("2", "1.3"): never HEADER, TEXT or MIME sections. */
export const PartNumber = z.string().regex(/^[1-9]\d{0,4}(\.[1-9]\d{0,4}){0,15}$/);

export const MessageQuery = z.object({
  /** `allow` keeps remote images: the reader chose "Show remote content". */
  remote: z.enum(['block', 'allow']).default('block'),
});
export type MessageQuery = z.infer<typeof MessageQuery>;

export const SeenResponse = z.object({ flags: z.array(z.string()) });
export type SeenResponse = z.infer<typeof SeenResponse>;
