import libmime from 'libmime';

/** RFC 8970 caps a preview at 256 characters; a list row shows far fewer. */
export const PREVIEW_LENGTH = 200;

/**
 * A preview from the first bytes of a text part, as fetched (still transfer-encoded): decode
 * what is complete of base64/quoted-printable, convert the charset, drop HTML markup, and
 * squeeze whitespace. Quoted lines (">") are skipped, as a reader would.
 */
export function previewFromPartial(raw: Buffer, part: { type: string; encoding: string | null; charset: string | null }): string {
  let bytes: Buffer = raw;
  if (part.encoding === 'base64') {
    const text = raw.toString('ascii').replace(/[^A-Za-z0-9+/]/g, '');
    bytes = Buffer.from(text.slice(0, text.length - (text.length % 4)), 'base64');
  } else if (part.encoding === 'quoted-printable') {
    bytes = decodeQuotedPrintable(raw.toString('binary'));
  }
  let text = safeDecode(bytes, part.charset ?? 'utf-8');
  if (part.type === 'text/html') text = stripHtml(text);
  return squeeze(text);
}

function decodeQuotedPrintable(value: string): Buffer {
  const unwrapped = value.replace(/=\r?\n/g, '').replace(/=[0-9A-F]?$/i, '');
  const bytes: number[] = [];
  for (let i = 0; i < unwrapped.length; i++) {
    const hex = unwrapped[i] === '=' ? unwrapped.slice(i + 1, i + 3) : '';
    if (/^[0-9A-F]{2}$/i.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else bytes.push(unwrapped.charCodeAt(i) & 0xff);
  }
  return Buffer.from(bytes);
}

/**
 * Charset conversion through libmime's encoded-word decoder (RFC 2047 "B" payload): the one
 * public libmime entry that takes raw bytes and a charset, Japanese charsets included.
 */
function safeDecode(bytes: Buffer, charset: string): string {
  try {
    return libmime.decodeWord(charset, 'B', bytes.toString('base64'));
  } catch {
    return bytes.toString('utf8');
  }
}

function stripHtml(html: string): string {
  return html
    .replace(/<(style|script|head|title)\b[^>]*>[\s\S]*?(<\/\1>|$)/gi, ' ')
    .replace(/<[^>]*>?/g, ' ')
    .replace(/&nbsp;/gi, ' ')
    .replace(/&amp;/gi, '&')
    .replace(/&lt;/gi, '<')
    .replace(/&gt;/gi, '>')
    .replace(/&quot;/gi, '"')
    .replace(/&#39;/g, "'");
}

function squeeze(text: string): string {
  const lines = text.split(/\r?\n/).filter((line) => !/^\s*>/.test(line));
  // A cut multi-byte sequence decodes to U+FFFD at the very end: drop it.
  return lines
    .join(' ')
    .replace(/\s+/g, ' ')
    .replace(/\uFFFD+$/, '')
    .trim()
    .slice(0, PREVIEW_LENGTH);
}
