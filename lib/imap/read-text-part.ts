import 'server-only';
import type { ImapFlow } from 'imapflow';

/** The most of a display body we send to the browser; longer bodies are cut with a note. */
export const DISPLAY_LIMIT = 2 * 1024 * 1024;

export interface TextPart {
  text: string;
  truncated: boolean;
  /** The charset imapflow could not convert (it then passes the bytes through). */
  unknownCharset: string | null;
}

/**
 * Fetches ONE text part, decoded by imapflow (transfer encoding, RFC 3676 format=flowed,
 * charset → UTF-8), at most DISPLAY_LIMIT bytes of it: a partial fetch, never the message.
 */
export async function readTextPart(client: ImapFlow, uid: number, part: string): Promise<TextPart> {
  const download = await client.download(String(uid), part, { uid: true, maxBytes: DISPLAY_LIMIT, chunkSize: 256 * 1024 });
  if (!download?.content) return { text: '', truncated: false, unknownCharset: null };
  const { meta, content } = download;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of content) {
    chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  const charset = (meta.charset ?? 'utf-8').toLowerCase();
  const converted = ['utf-8', 'utf8', 'us-ascii', 'ascii'].includes(charset);
  // An unknown charset leaves the bytes as sent: show them as UTF-8 with replacement
  // characters, which keeps every ASCII character readable, and say so.
  const text = new TextDecoder('utf-8').decode(Buffer.concat(chunks));
  return { text, truncated: size >= DISPLAY_LIMIT, unknownCharset: converted ? null : charset };
}
