import { z } from 'zod';
import { Address, MalformedHeader } from './message-list';
import { PART_NUMBER } from './values';

/** One node of the MIME tree, from BODYSTRUCTURE (RFC 3501 §7.4.2); never fetched to list it. */
export const MimePart = z.object({
  /** IMAP part number ("1", "1.2"); "1" is also a single-part message's body (RFC 3501 §6.4.5). */
  part: z.string(),
  type: z.string(),
  /** Encoded size in bytes, as the server reports it. */
  size: z.number().int(),
  /** Size once the transfer encoding is undone (what a download delivers); null where only an estimate is possible. */
  decodedSize: z.number().int().nullable(),
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

/**
 * What could not be shown as sent, as a code with its numbers and names: the client phrases it
 * (lib/ui/describe-body-note.ts), so the UI can branch on it and the words live in one place.
 */
export const BodyNote = z.discriminatedUnion('code', [
  /** Nothing in the message is text the reading pane can show. */
  z.object({ code: z.literal('no-text') }),
  /** A charset neither the server nor Letterbox can convert; shown as best it can. */
  z.object({ code: z.literal('unknown-charset'), args: z.object({ charset: z.string() }) }),
  /** Bytes that are not valid in the charset the part names, shown as U+FFFD. */
  z.object({ code: z.literal('invalid-bytes') }),
  /** The display part is longer than what is fetched for display: only its first `shownBytes` are shown. */
  z.object({ code: z.literal('truncated'), args: z.object({ shownBytes: z.number().int().nonnegative() }) }),
  /** More parts, or deeper nesting, than the part list holds. */
  z.object({ code: z.literal('too-many-parts') }),
  /** A multipart whose boundary never appears: its raw text is shown. */
  z.object({ code: z.literal('broken-structure') }),
  /** The header is larger than what is read of it (`readBytes`); its fields come from its start. */
  z.object({ code: z.literal('header-cut'), args: z.object({ readBytes: z.number().int().nonnegative() }) }),
  /** The server listed no parts (nested too deeply for it): the text was read from the original message. */
  z.object({ code: z.literal('structure-read-raw') }),
  /** The server listed no parts, and the original could not be read here either: `reason` says why. */
  z.object({
    code: z.literal('structure-unparsed'),
    args: z.object({ reason: z.enum(['too-large', 'too-deep', 'unreadable']), limitBytes: z.number().int().nonnegative() }),
  }),
]);
export type BodyNote = z.infer<typeof BodyNote>;

export const MessageBody = z.object({
  kind: z.enum(['html', 'text', 'none']),
  part: z.string().nullable(),
  /** Sanitized HTML, or plain text (UTF-8). */
  content: z.string(),
  /** The text is flowed (RFC 3676) or the HTML/text was cut at the display limit. */
  truncated: z.boolean(),
  /** Remote images and other remote resources removed until the user allows them. */
  remoteBlocked: z.number().int(),
  /** What could not be shown as sent (unknown charset, broken MIME), as codes for the client to phrase. */
  notes: z.array(BodyNote),
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
  /** Shown when it differs from From: where a reply goes (RFC 5322 §3.6.2). */
  replyTo: z.array(Address),
  /** As in MessageSummary: malformed From, Sender or Reply-To headers; `from` and `replyTo` then list every address. */
  malformed: z.array(MalformedHeader).optional(),
  date: z.string(),
  /** Not shown; the thread key a reply cites in In-Reply-To and References (RFC 5322 §3.6.4). */
  messageId: z.string().nullable(),
  /** The List-Unsubscribe header as sent (RFC 2369); the header offers its http(s) or mailto target. */
  listUnsubscribe: z.string().nullable(),
  size: z.number().int(),
  parts: z.array(MimePart),
  attachments: z.array(MimePart),
  body: MessageBody,
});
export type MessageView = z.infer<typeof MessageView>;

/** RFC 3501 §6.4.5 part numbers only ("2", "1.3"): never HEADER, TEXT or MIME sections. */
export const PartNumber = z.string().regex(PART_NUMBER);

export const MessageQuery = z.object({
  /** `allow` keeps remote images: the reader chose "Show remote content". */
  remote: z.enum(['block', 'allow']).default('block'),
});
export type MessageQuery = z.infer<typeof MessageQuery>;

export const SeenResponse = z.object({ flags: z.array(z.string()) });
export type SeenResponse = z.infer<typeof SeenResponse>;
