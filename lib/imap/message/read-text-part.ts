import 'server-only';
import type { ImapFlow } from 'imapflow';
import libmime from 'libmime';
import type { Features } from '@/lib/imap/connection/capabilities';
import { isUndecodable } from '@/lib/imap/connection/errors';
import { messageGone } from '@/lib/imap/connection/with-message';
import { type CharsetText, decodeCharset } from '@/lib/mime/decode-charset';
import { decodeTransfer } from '@/lib/mime/decode-transfer';
import type { MimePart } from '@/lib/schemas/message-view';

/** The most of a display body we fetch and send to the browser; longer bodies are cut with a note. */
export const DISPLAY_LIMIT = 2 * 1024 * 1024;

export interface TextPart extends CharsetText {
  truncated: boolean;
}

/**
 * ONE text part, at most DISPLAY_LIMIT bytes of it, in one partial FETCH: BINARY.PEEK (RFC
 * 3516, the server undoes the transfer encoding) where advertised, else BODY.PEEK, or when the
 * server cannot decode it (broken base64, an unknown encoding). The part's own BODYSTRUCTURE
 * fields say how to decode the rest (format=flowed, then the charset), so no header is read:
 * imapflow's download() fetches the whole message header for a single-part body, 50 MB of it
 * for a hostile one, and costs a FETCH of BODYSTRUCTURE besides.
 */
export async function readTextPart(client: ImapFlow, features: Features, uid: number, part: MimePart): Promise<TextPart> {
  const fetched = await fetchDisplayBytes(client, features, uid, part.part);
  const truncated = fetched.bytes.length >= DISPLAY_LIMIT;
  let bytes = fetched.decoded ? fetched.bytes : decodeTransfer(fetched.bytes, part.encoding);
  if (part.type === 'text/plain' && part.format !== 'fixed') {
    // RFC 3676 §4.2 on the bytes, before the charset, as imapflow's decoder does: its markers are ASCII.
    bytes = Buffer.from(libmime.decodeFlowed(bytes.toString('latin1'), part.format === 'flowed-delsp'), 'latin1');
  }
  return { ...decodeCharset(bytes, part.charset, truncated), truncated };
}

async function fetchDisplayBytes(
  client: ImapFlow,
  features: Features,
  uid: number,
  part: string,
): Promise<{ bytes: Buffer; decoded: boolean }> {
  const query = { uid: true, bodyParts: [{ key: part, start: 0, maxLength: DISPLAY_LIMIT }] };
  if (features.binary) {
    try {
      const message = await client.fetchOne(String(uid), query, { uid: true, binary: true });
      if (!message) throw messageGone();
      return { bytes: message.bodyParts?.get(part) ?? Buffer.alloc(0), decoded: true };
    } catch (error) {
      if (!isUndecodable(error)) throw error;
    }
  }
  const message = await client.fetchOne(String(uid), query, { uid: true });
  if (!message) throw messageGone();
  return { bytes: message.bodyParts?.get(part) ?? Buffer.alloc(0), decoded: false };
}
