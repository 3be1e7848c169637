import { decodeCharset } from './decode-charset';
import { decodeTransfer } from './decode-transfer';

/** RFC 8970 caps a preview at 256 characters; a list row shows far fewer. */
export const PREVIEW_LENGTH = 200;

/**
 * A preview from the first bytes of a text part, as fetched (still transfer-encoded): decode
 * what is complete of base64/quoted-printable, convert the charset, drop HTML markup, and
 * squeeze whitespace. Quoted lines (">") are skipped, as a reader would.
 */
export function previewFromPartial(raw: Buffer, part: { type: string; encoding: string | null; charset: string | null }): string {
  let { text } = decodeCharset(decodeTransfer(raw, part.encoding), part.charset ?? 'utf-8', true);
  if (part.type === 'text/html') text = stripHtml(text);
  return squeeze(text);
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
