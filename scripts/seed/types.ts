/** Manifest types shared by the generator, the writer and tests. */

export type MessageKind =
  | 'plain'
  | 'alternative'
  | 'newsletter'
  | 'attachment'
  | 'inline-image'
  | 'charset'
  | 'thread-root'
  | 'reply'
  | 'forward';

export interface SeededAttachment {
  /** Decoded Unicode filename (RFC 2231 on the wire when non-ASCII). */
  filename: string;
  contentType: string;
  /** Decoded size in bytes. */
  size: number;
  sha256: string;
  disposition: 'attachment' | 'inline';
  /** For inline parts referenced from HTML as cid:... (RFC 2392), without angle brackets. */
  contentId?: string;
}

export interface SeededMessage {
  /** IMAP folder path, e.g. 'Team Stuff/Child'. */
  folder: string;
  /** Position in the folder: 0 is the newest message (highest UID after indexing). */
  index: number;
  /** With angle brackets, as in the header. */
  messageId: string;
  /** Decoded Unicode subject. */
  subject: string;
  /** Decoded display name as a reader shows it (the address when there is no name). */
  from: string;
  fromAddress: string;
  /** ISO 8601 UTC; also the Maildir file's mtime, i.e. the IMAP INTERNALDATE. */
  date: string;
  seen: boolean;
  flagged: boolean;
  answered: boolean;
  kind: MessageKind;
  /** Exact size of the stored message (RFC822.SIZE). */
  size: number;
  /** Charset of the text body, for 'charset' messages. */
  charset?: string;
  transferEncoding?: string;
  /** The Unicode text a reader must show for the text body (CRLF line breaks), for 'charset' messages. */
  expectedText?: string;
  inReplyTo?: string;
  references?: string[];
  attachments?: SeededAttachment[];
  /** For 'forward': the message attached as message/rfc822 (part 2). */
  attachedMessage?: { subject: string; fromAddress: string; firstParagraph: string };
}
