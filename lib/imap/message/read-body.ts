import 'server-only';
import type { ImapFlow } from 'imapflow';
import { sanitizeMail } from '@/lib/html/sanitize-mail';
import type { Features } from '@/lib/imap/connection/capabilities';
import { chooseBody } from '@/lib/mime/choose-body';
import type { MessageBody, MimePart } from '@/lib/schemas/message-view';
import { type RawSource, readRawBody } from './read-raw-body';
import { DISPLAY_LIMIT, readTextPart } from './read-text-part';

export interface ShownStructure {
  parts: MimePart[];
  /** Hostile depth or part counts cut the part list. */
  truncated: boolean;
  /** The shown message is a multipart (where a broken one can hide its text in the preamble). */
  multipart: boolean;
  /** The section of its whole body text: TEXT, or P.TEXT for an attached message. */
  textSection: string;
  /** The server sent no BODYSTRUCTURE it could give (or imapflow could read): nesting too deep. */
  unparsed?: boolean;
  /** The whole shown message, read and parsed here when the structure has no part to show (read-raw-body.ts). */
  source?: RawSource;
}

const NOTES = {
  noText: 'This message has no text to show.',
  charset: (name: string) =>
    `This message uses the character set “${name}”, which Letterbox cannot convert; some characters may look wrong.`,
  invalidBytes: 'Some characters of this message are not valid in the character set it names; they are shown as �.',
  long: 'This message is very long; only its beginning is shown. Download the original to see all of it.',
  manyParts:
    'This message has more parts, or more deeply nested ones, than Letterbox lists; download the original to see all of it.',
  broken: 'This message’s MIME structure is broken; it is shown as plain text, as it was sent.',
};

/**
 * The body the reading pane shows: the display part (chooseBody) fetched alone and, for HTML,
 * sanitized; with a note for everything that could not be shown as sent. A multipart whose
 * boundary is missing or never appears has only empty parts (Dovecot's reading), so its raw
 * text is shown instead, with a note.
 */
export async function readBody(
  client: ImapFlow,
  features: Features,
  uid: number,
  shown: ShownStructure,
  cidUrl: (contentId: string) => string | null,
  allowRemote: boolean,
): Promise<MessageBody> {
  const notes = shown.truncated ? [NOTES.manyParts] : [];
  if (shown.multipart && shown.parts.length > 0 && shown.parts.every((part) => part.size === 0)) {
    const { text, truncated } = await readRawText(client, uid, shown.textSection);
    notes.unshift(NOTES.broken);
    return { kind: 'text', part: null, content: text, truncated, remoteBlocked: 0, notes };
  }
  const part = chooseBody(shown.parts);
  // No part to show, but the structure was lost or cut: the text may be deeper than it reached.
  if (!part && (shown.unparsed || shown.truncated) && shown.source)
    return readRawBody(client, uid, shown.source, cidUrl, allowRemote, notes);
  if (!part)
    return { kind: 'none', part: null, content: '', truncated: false, remoteBlocked: 0, notes: [NOTES.noText, ...notes] };
  const { text, truncated, unknownCharset, invalidBytes } = await readTextPart(client, features, uid, part);
  if (unknownCharset) notes.push(NOTES.charset(unknownCharset));
  else if (invalidBytes) notes.push(NOTES.invalidBytes);
  if (truncated) notes.push(NOTES.long);
  if (part.type === 'text/html') {
    const { html, remoteBlocked } = sanitizeMail(text, cidUrl, { allowRemote });
    return { kind: 'html', part: part.part, content: html, truncated, remoteBlocked, notes };
  }
  return { kind: 'text', part: part.part, content: text, truncated, remoteBlocked: 0, notes };
}

/** A section as stored (no decoding: its structure is what is broken), at most DISPLAY_LIMIT bytes. */
async function readRawText(client: ImapFlow, uid: number, section: string): Promise<{ text: string; truncated: boolean }> {
  const query = { bodyParts: [{ key: section, start: 0, maxLength: DISPLAY_LIMIT }] };
  const message = await client.fetchOne(String(uid), query, { uid: true });
  const parts = message ? message.bodyParts : undefined;
  const bytes = parts?.get(section) ?? parts?.get(section.toLowerCase()) ?? Buffer.alloc(0);
  return { text: new TextDecoder('utf-8').decode(bytes), truncated: bytes.length >= DISPLAY_LIMIT };
}
