import { decodeTransfer } from './decode-transfer';

export interface TransferDecoder {
  /** The bytes decodable so far; what may continue in the next chunk is kept back. */
  push(chunk: Uint8Array): Buffer;
  /** The rest, at the end of the body. */
  end(): Buffer;
}

/**
 * decodeTransfer() for a body read in chunks: a base64 quantum or a quoted-printable escape
 * (or soft break) cut between two chunks is carried over to the next one, so the bytes come
 * out as if the body had been decoded whole.
 */
export function transferDecoder(encoding: string | null): TransferDecoder {
  if (encoding !== 'base64' && encoding !== 'quoted-printable') {
    return { push: (chunk) => Buffer.from(chunk), end: () => Buffer.alloc(0) };
  }
  const split = encoding === 'base64' ? splitBase64 : splitQuotedPrintable;
  let carry = '';
  const decode = (text: string) => decodeTransfer(Buffer.from(text, 'latin1'), encoding);
  return {
    push(chunk) {
      const [ready, rest] = split(carry + Buffer.from(chunk).toString('latin1'));
      carry = rest;
      return decode(ready);
    },
    end() {
      const rest = carry;
      carry = '';
      return decode(rest);
    },
  };
}

/** Whole quantums of the alphabet (and padding) go now; up to three characters wait. */
function splitBase64(text: string): [string, string] {
  const clean = text.replace(/[^A-Za-z0-9+/=]/g, '');
  const cut = clean.length - (clean.length % 4);
  return [clean.slice(0, cut), clean.slice(cut)];
}

/** A trailing "=", "=4", or "=" with blanks and a CR (a soft break still arriving) waits. */
function splitQuotedPrintable(text: string): [string, string] {
  const at = text.lastIndexOf('=');
  if (at >= 0 && /^=(?:[0-9A-Fa-f]?|[ \t]*\r?)$/.test(text.slice(at))) return [text.slice(0, at), text.slice(at)];
  return [text, ''];
}
