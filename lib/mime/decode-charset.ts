import Encoding from 'encoding-japanese';
import iconv from 'iconv-lite';

export interface CharsetText {
  text: string;
  /** The charset named by the part that could not be converted; the bytes were read as UTF-8. */
  unknownCharset: string | null;
  /** UTF-8 (or US-ASCII) bytes that are not valid UTF-8, shown as U+FFFD. */
  invalidBytes: boolean;
}

const UTF8_FAMILY = new Set(['utf8', 'ascii', 'usascii']);
/** iconv-lite has no ISO-2022-JP or EUC-JP: encoding-japanese converts those, as imapflow does. */
const JAPANESE = /^(jis|iso-?2022-?jp|euc-?jp)/;

/**
 * A text part's bytes (transfer encoding already undone) as a string, from the charset its
 * Content-Type names (US-ASCII when none, RFC 2045 §5.2, read as its superset UTF-8). In `cut`
 * bytes (a partial fetch), a character split at the end is not counted as invalid.
 */
export function decodeCharset(bytes: Uint8Array, charset: string | null, cut = false): CharsetText {
  const decoded = convert(bytes, charset, cut);
  // RFC 2045 §2.7–2.8: mail text never holds NUL. BODY[] hides it (Dovecot sends 0x80); BINARY
  // hands it over as is, and a NUL can cut a string short in C-minded code downstream.
  if (!decoded.text.includes('\u0000')) return decoded;
  return { ...decoded, text: decoded.text.replaceAll('\u0000', '\uFFFD'), invalidBytes: true };
}

function convert(bytes: Uint8Array, charset: string | null, cut: boolean): CharsetText {
  const name = (charset ?? 'us-ascii').trim().toLowerCase();
  if (UTF8_FAMILY.has(name.replace(/[^a-z0-9]+/g, ''))) {
    return { text: new TextDecoder('utf-8').decode(bytes), unknownCharset: null, invalidBytes: !isUtf8(bytes, cut) };
  }
  if (JAPANESE.test(name)) {
    const from = name.startsWith('euc') ? 'EUCJP' : 'JIS';
    return { text: Encoding.convert(bytes, { to: 'UNICODE', from, type: 'string' }), unknownCharset: null, invalidBytes: false };
  }
  if (iconv.encodingExists(name)) {
    return { text: iconv.decode(Buffer.from(bytes), name), unknownCharset: null, invalidBytes: false };
  }
  // Unknown: every ASCII character stays readable; the reader is told which charset it was.
  return { text: new TextDecoder('utf-8').decode(bytes), unknownCharset: name, invalidBytes: !isUtf8(bytes, cut) };
}

function isUtf8(bytes: Uint8Array, cut: boolean): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: cut });
    return true;
  } catch {
    return false;
  }
}
