/**
 * Minimal MIME serializer: header folding, RFC 2047 encoded-words in any charset,
 * RFC 2231 parameters, transfer encodings and multipart assembly. Everything is
 * written with CRLF (RFC 5322 §2.1) and kept under the 998-byte line limit (§2.1.1).
 */
import * as libqp from 'libqp';
import { type Charset, encodeCharset, type TransferEncoding } from './charsets';

const CRLF = '\r\n';
/** RFC 2047 §2: an encoded-word is at most 75 characters. */
const MAX_WORD = 75;
/** RFC 2047 §2: lines holding encoded-words are limited to 76 characters; we fold everything there. */
const FOLD_AT = 76;

/** RFC 2047 §5(3): in a phrase only these may stay literal inside a Q word; we use the same set in Subject. */
const Q_SAFE = /[A-Za-z0-9!*+\-/]/;

function qWord(bytes: Buffer): string {
  let out = '';
  for (const b of bytes) {
    const ch = String.fromCharCode(b);
    if (b === 0x20) out += '_';
    else if (b < 0x80 && Q_SAFE.test(ch)) out += ch;
    else out += `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

function encodedWord(text: string, charset: Charset, enc: 'B' | 'Q'): string {
  const bytes = encodeCharset(text, charset);
  return `=?${charset}?${enc}?${enc === 'B' ? bytes.toString('base64') : qWord(bytes)}?=`;
}

/**
 * Encodes text as a run of encoded-words. Splits on whole characters (never inside a
 * UTF-8 sequence or surrogate pair, RFC 2047 §5), and encodes each piece on its own so a
 * stateful charset such as ISO-2022-JP starts and ends every word in ASCII (RFC 1468).
 * Whitespace between adjacent encoded-words is dropped by decoders (RFC 2047 §6.2), so
 * the spaces of the text travel inside the words.
 */
export function encodeWords(text: string, charset: Charset, enc: 'B' | 'Q', maxWord = MAX_WORD): string[] {
  // Names and subjects come from small word lists, so a memo makes 100k messages cheap.
  const key = `${charset}|${enc}|${maxWord}|${text}`;
  const hit = wordCache.get(key);
  if (hit) return hit;
  const words = splitWords(text, charset, enc, maxWord);
  if (wordCache.size < 10_000) wordCache.set(key, words);
  return words;
}

const wordCache = new Map<string, string[]>();

function splitWords(text: string, charset: Charset, enc: 'B' | 'Q', maxWord: number): string[] {
  const chars = Array.from(text);
  const words: string[] = [];
  let start = 0;
  while (start < chars.length) {
    let end = start + 1;
    let word = encodedWord(chars.slice(start, end).join(''), charset, enc);
    while (end < chars.length) {
      const next = encodedWord(chars.slice(start, end + 1).join(''), charset, enc);
      if (next.length > maxWord) break;
      word = next;
      end++;
    }
    words.push(word);
    start = end;
  }
  return words;
}

export const isAscii = (s: string) => /^[\x20-\x7e]*$/.test(s);

/** RFC 5322 §3.2.3 atext plus spaces: such a display name can go unquoted. */
const ATOM_PHRASE = /^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~ ]+$/;

export interface Mailbox {
  name?: string;
  address: string;
}

/** Tokens of one mailbox for folding: a display name (plain, quoted or RFC 2047) then the angle address. */
export function mailboxTokens(mb: Mailbox, enc: 'B' | 'Q' = 'B', charset: Charset = 'UTF-8'): string[] {
  if (!mb.name) return [`<${mb.address}>`];
  let phrase: string[];
  // 60 leaves room for 'From: ' or 'Cc: ' and a list comma on the same 76-character line.
  if (!isAscii(mb.name)) phrase = encodeWords(mb.name, charset, enc, 60);
  else if (ATOM_PHRASE.test(mb.name)) phrase = mb.name.split(' ');
  else phrase = [`"${mb.name.replace(/(["\\])/g, '\\$1')}"`];
  return [...phrase, `<${mb.address}>`];
}

/**
 * Writes one header field, folding between tokens so no line exceeds 76 characters
 * when the tokens allow it (RFC 5322 §2.2.3: folding is CRLF before whitespace).
 * `sep` is glued to the end of each token but the last (e.g. ',' for address lists).
 */
export function header(name: string, tokens: string[] | string, sep = ''): string {
  const list = typeof tokens === 'string' ? [tokens] : tokens;
  let line = `${name}:`;
  let out = '';
  list.forEach((tok, i) => {
    const piece = i < list.length - 1 ? tok + sep : tok;
    if (line.length + 1 + piece.length > FOLD_AT && line.length > name.length + 1) {
      out += line + CRLF;
      line = '';
    }
    line += ` ${piece}`;
  });
  return out + line + CRLF;
}

/** An unstructured text header (Subject): literal when printable ASCII, else RFC 2047 encoded-words. */
export function textHeader(name: string, text: string, enc: 'B' | 'Q', charset: Charset = 'UTF-8'): string {
  if (isAscii(text)) return header(name, text.split(' ').filter(Boolean));
  // Keep the first word short enough to share the line with the field name (RFC 2047 §2, 76 chars).
  return header(name, encodeWords(text, charset, enc, Math.min(MAX_WORD, FOLD_AT - name.length - 2)));
}

/** RFC 2231 §7 attribute-char: printable ASCII minus space, '*', "'", '%' and the RFC 2045 tspecials. */
const ATTRIBUTE_CHAR = /^[!#$&+\-.0-9A-Z^_`a-z{|}~]$/;

function percentEncode(value: string): string[] {
  const out: string[] = [];
  for (const b of Buffer.from(value, 'utf8')) {
    const ch = String.fromCharCode(b);
    out.push(b < 0x80 && ATTRIBUTE_CHAR.test(ch) ? ch : `%${b.toString(16).toUpperCase().padStart(2, '0')}`);
  }
  return out;
}

/**
 * A filename parameter. Plain ASCII goes quoted; otherwise RFC 2231 §4 `name*=UTF-8''...`,
 * split into `name*0*=`, `name*1*=` continuations (§3) when long or when `continuation` is
 * forced. Segments are cut between percent-escapes, never inside one.
 */
export function fileParam(attr: string, value: string, continuation = false, segment = 40): string[] {
  if (isAscii(value) && !/["\\]/.test(value) && !continuation) return [`${attr}="${value}"`];
  const units = percentEncode(value);
  const full = units.join('');
  if (!continuation && full.length <= segment * 2) return [`${attr}*=UTF-8''${full}`];
  const parts: string[] = [];
  let cur = '';
  for (const u of units) {
    if (cur.length + u.length > segment) {
      parts.push(cur);
      cur = '';
    }
    cur += u;
  }
  parts.push(cur);
  return parts.map((p, i) => `${attr}*${i}*=${i === 0 ? "UTF-8''" : ''}${p}`);
}

/** A Content-Type / Content-Disposition value followed by its parameters, folded one per line when long. */
export function paramHeader(name: string, value: string, params: string[]): string {
  return header(name, [value, ...params], ';');
}

/** Base64 wrapped at 76 characters per line (RFC 2045 §6.8), as bytes: 20 MiB blobs must not become strings twice. */
export function base64Lines(data: Buffer): Buffer {
  const b64 = Buffer.from(data.toString('base64'), 'latin1');
  const lines = Math.ceil(b64.length / 76);
  const out = Buffer.allocUnsafe(b64.length + lines * 2);
  let o = 0;
  for (let i = 0; i < b64.length; i += 76) {
    o += b64.copy(out, o, i, Math.min(i + 76, b64.length));
    out[o++] = 0x0d;
    out[o++] = 0x0a;
  }
  return out;
}

/** Quoted-printable (RFC 2045 §6.7) with soft breaks at 76; CRLF in the input stays a hard line break. */
export function quotedPrintable(data: Buffer): string {
  const qp = libqp.wrap(libqp.encode(data), 76);
  return qp.endsWith(CRLF) ? qp : qp + CRLF;
}

/** Body bytes for a transfer encoding; 7bit/8bit bodies must already be CRLF text with short lines. */
export function encodeBody(data: Buffer, enc: TransferEncoding): Buffer | string {
  if (enc === 'base64') return base64Lines(data);
  if (enc === 'quoted-printable') return quotedPrintable(data);
  const last = data.length >= 2 ? data.subarray(data.length - 2).toString('latin1') : '';
  return last === CRLF ? data : Buffer.concat([data, Buffer.from(CRLF)]);
}

export type Chunk = Buffer | string;

/** A leaf part: its own header lines (already formatted) and an encoded body. */
export interface Leaf {
  headers: string;
  body: Chunk;
}

export interface Multipart {
  subtype: 'mixed' | 'alternative' | 'related';
  boundary: string;
  /** Extra Content-Type parameters, e.g. related's `type="text/html"` (RFC 2387 §3.1). */
  params?: string[];
  parts: Part[];
}

export type Part = Leaf | Multipart;

/** Top-level Content-* headers for a part: a leaf's own, or a multipart's Content-Type. */
export function partHeaders(part: Part): string {
  if ('headers' in part) return part.headers;
  return paramHeader('Content-Type', `multipart/${part.subtype}`, [`boundary="${part.boundary}"`, ...(part.params ?? [])]);
}

/**
 * Serializes a part body into chunks. Boundaries start with "=_", which can occur in
 * neither base64 nor valid quoted-printable, so they cannot collide with content
 * (the trick RFC 2045 §6.7 note 1 suggests); the close delimiter ends with "--" (RFC 2046 §5.1.1).
 */
export function serializeBody(part: Part, out: Chunk[]): void {
  if ('headers' in part) {
    out.push(part.body);
    return;
  }
  out.push(`This is a multi-part message in MIME format.${CRLF}`);
  for (const child of part.parts) {
    out.push(`${CRLF}--${part.boundary}${CRLF}`, partHeaders(child), CRLF);
    serializeBody(child, out);
  }
  out.push(`${CRLF}--${part.boundary}--${CRLF}`);
}

/** Leaf helper: Content-Type with charset or name, transfer encoding, optional disposition and Content-ID. */
export function leaf(opts: {
  contentType: string;
  params?: string[];
  encoding: TransferEncoding;
  disposition?: { type: 'inline' | 'attachment'; params: string[] };
  contentId?: string;
  /** Raw content, encoded here; or `encoded`, content already in its transfer encoding (cached blobs). */
  body?: Buffer;
  encoded?: Chunk;
}): Leaf {
  let headers = paramHeader('Content-Type', opts.contentType, opts.params ?? []);
  headers += header('Content-Transfer-Encoding', opts.encoding);
  if (opts.contentId) headers += header('Content-ID', `<${opts.contentId}>`);
  if (opts.disposition) headers += paramHeader('Content-Disposition', opts.disposition.type, opts.disposition.params);
  return { headers, body: opts.encoded ?? encodeBody(opts.body ?? Buffer.alloc(0), opts.encoding) };
}
