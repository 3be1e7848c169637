import 'server-only';
import type { ImapFlow } from 'imapflow';
import { sanitizeMail } from '@/lib/html/sanitize-mail';
import type { Features } from '@/lib/imap/connection/capabilities';
import { chooseBody } from '@/lib/mime/choose-body';
import type { BodyNote, MessageBody, MimePart } from '@/lib/schemas/message-view';
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

/**
 * The body the reading pane shows: the display part (chooseBody) fetched alone and, for HTML,
 * sanitized; with a note (a code the client phrases) for everything that could not be shown as sent. A multipart whose
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
  const notes: BodyNote[] = shown.truncated ? [{ code: 'too-many-parts' }] : [];
  if (shown.multipart && shown.parts.length > 0 && shown.parts.every((part) => part.size === 0)) {
    const { text, truncated } = await readRawText(client, uid, shown.textSection);
    notes.unshift({ code: 'broken-structure' });
    return { kind: 'text', part: null, content: text, truncated, remoteBlocked: 0, notes };
  }
  const part = chooseBody(shown.parts);
  // No part to show, but the structure was lost or cut: the text may be deeper than it reached.
  if (!part && (shown.unparsed || shown.truncated) && shown.source)
    return readRawBody(client, uid, shown.source, cidUrl, allowRemote, notes);
  if (!part)
    return { kind: 'none', part: null, content: '', truncated: false, remoteBlocked: 0, notes: [{ code: 'no-text' }, ...notes] };
  const { text, truncated, unknownCharset, invalidBytes } = await readTextPart(client, features, uid, part);
  if (unknownCharset) notes.push({ code: 'unknown-charset', args: { charset: unknownCharset } });
  else if (invalidBytes) notes.push({ code: 'invalid-bytes' });
  if (truncated) notes.push({ code: 'truncated', args: { shownBytes: DISPLAY_LIMIT } });
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
