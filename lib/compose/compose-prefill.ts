import type { Recipient } from '@/lib/schemas/compose';
import type { Address } from '@/lib/schemas/message-list';
import type { MessageView } from '@/lib/schemas/message-view';
import { quotedForward, quotedReply } from './quote-original';
import { type ReplyMode, replyRecipients } from './reply-recipients';
import { forwardSubject, replySubject } from './reply-subject';

/** What a compose view opens with. */
export interface ComposeFields {
  /** The identity written as; absent, the login's own address. */
  from?: Recipient;
  to: Recipient[];
  cc: Recipient[];
  bcc: Recipient[];
  subject: string;
  /** The editor's HTML; absent in plain-text mode. */
  html?: string;
  text: string;
  inReplyTo?: string;
  forwardOf?: string;
  forwardAs?: 'inline' | 'attachment';
  /** The original's attachments (part numbers) a forward inline carries. */
  forwardParts?: string[];
}

export const EMPTY_FIELDS: ComposeFields = { to: [], cc: [], bcc: [], subject: '', html: '', text: '' };

const recipients = (addresses: readonly Address[]): Recipient[] =>
  addresses.filter((entry) => entry.address.includes('@')).map(({ name, address }) => (name ? { name, address } : { address }));

/**
 * A reply or reply-all to `original`: its recipients without the user's own `address`
 * (reply-recipients.ts), `Re:` never stacked, and the original quoted below an empty first
 * line where the user writes. The threading headers come from `inReplyTo` on the server.
 */
export function replyFields(original: MessageView, mode: ReplyMode, address: string, timeZone?: string): ComposeFields {
  const { to, cc } = replyRecipients(
    {
      from: recipients(original.from),
      replyTo: recipients(original.replyTo),
      to: recipients(original.to),
      cc: recipients(original.cc),
    },
    mode,
    [address],
  );
  const quote = quotedReply(original, timeZone);
  return { to, cc, bcc: [], subject: replySubject(original.subject), html: quote, text: '', inReplyTo: original.id };
}

/** A forward of `original`, inline: its header block and body below the user's words; the server marks it $Forwarded. */
export function forwardFields(original: MessageView, timeZone?: string): ComposeFields {
  const quote = quotedForward(original, timeZone);
  return {
    to: [],
    cc: [],
    bcc: [],
    subject: forwardSubject(original.subject),
    html: quote,
    text: '',
    forwardOf: original.id,
    forwardAs: 'inline',
    forwardParts: original.attachments.map((attachment) => attachment.part),
  };
}

/**
 * A forward as an attachment: the original goes whole, byte for byte, as a message/rfc822 part
 * (RFC 2046 §5.2.1) read from the server at send time, so nothing of it is quoted in the body.
 */
export function forwardAsAttachmentFields(original: MessageView): ComposeFields {
  return {
    ...EMPTY_FIELDS,
    subject: forwardSubject(original.subject),
    forwardOf: original.id,
    forwardAs: 'attachment',
  };
}
