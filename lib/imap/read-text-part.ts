import 'server-only';
import type { ImapFlow } from 'imapflow';

/** The most of a display body we send to the browser; longer bodies are cut with a note. */
export const DISPLAY_LIMIT = 2 * 1024 * 1024;

export interface TextPart {
  text: string;
  truncated: boolean;
  /** The charset imapflow could not convert (it then passes the bytes through). */
  unknownCharset: string | null;
  /**
   * Bytes that are not UTF-8 after conversion, shown as U+FFFD: a part whose charset label is
   * wrong (Latin-1 sent as UTF-8), or NULs, which Dovecot turns into 0x80 bytes.
   */
  invalidBytes: boolean;
}

/**
 * Fetches ONE text part, decoded by imapflow (transfer encoding, RFC 3676 format=flowed,
 * charset → UTF-8), at most DISPLAY_LIMIT bytes of it: a partial fetch, never the message.
 */
export async function readTextPart(client: ImapFlow, uid: number, part: string): Promise<TextPart> {
  const download = await client.download(String(uid), part, { uid: true, maxBytes: DISPLAY_LIMIT, chunkSize: 256 * 1024 });
  if (!download?.content) return { text: '', truncated: false, unknownCharset: null, invalidBytes: false };
  const { meta, content } = download;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of content) {
    chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  const charset = (meta.charset ?? 'utf-8').toLowerCase();
  const converted = ['utf-8', 'utf8', 'us-ascii', 'ascii'].includes(charset);
  const bytes = Buffer.concat(chunks);
  // An unknown charset leaves the bytes as sent: show them as UTF-8 with replacement
  // characters, which keeps every ASCII character readable, and say so.
  const text = new TextDecoder('utf-8').decode(bytes);
  const truncated = size >= DISPLAY_LIMIT;
  return { text, truncated, unknownCharset: converted ? null : charset, invalidBytes: !isUtf8(bytes, truncated) };
}

/** Whether `bytes` are valid UTF-8; in a truncated part, a character cut at the end is not an error. */
function isUtf8(bytes: Uint8Array, truncated: boolean): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: truncated });
    return true;
  } catch {
    return false;
  }
}
