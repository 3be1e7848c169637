/**
 * Undoes a Content-Transfer-Encoding (RFC 2045 §6) leniently, for bytes that may be only the
 * start of a part (a partial fetch) or damaged: base64 keeps what decodes of its alphabet;
 * quoted-printable keeps a broken escape as the text it is.
 */
export function decodeTransfer(raw: Buffer, encoding: string | null): Buffer {
  if (encoding === 'base64') {
    // Padding inside the text (chunks encoded one by one) would end Node's decoder there: each
    // run is decoded on its own. A run cut by the fetch decodes to a correct prefix.
    const runs = raw
      .toString('latin1')
      .replace(/[^A-Za-z0-9+/=]/g, '')
      .split(/=+/);
    return Buffer.concat(runs.map((run) => Buffer.from(run, 'base64')));
  }
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(raw.toString('latin1'));
  return raw;
}

function decodeQuotedPrintable(value: string): Buffer {
  // Soft breaks go, and so does an escape cut at the very end of a partial fetch.
  const unwrapped = value.replace(/=[ \t]*\r?\n/g, '').replace(/=[0-9A-F]?$/i, '');
  const bytes = Buffer.alloc(unwrapped.length);
  let length = 0;
  for (let i = 0; i < unwrapped.length; i++) {
    const hex = unwrapped[i] === '=' ? unwrapped.slice(i + 1, i + 3) : '';
    if (/^[0-9A-F]{2}$/i.test(hex)) {
      bytes[length++] = Number.parseInt(hex, 16);
      i += 2;
    } else bytes[length++] = unwrapped.charCodeAt(i) & 0xff;
  }
  return bytes.subarray(0, length);
}
