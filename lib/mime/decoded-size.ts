/**
 * An estimate of a part's decoded size from its encoded one: base64 (RFC 2045 §6.8) carries
 * 3 bytes in 4 characters, in lines of at most 76 characters plus CRLF; quoted-printable
 * (§6.7) is at most as long as its encoding. Pure, so the browser uses it too.
 */
export function estimateDecodedSize(part: { size: number; encoding: string | null }): number {
  if (part.encoding !== 'base64') return part.size;
  const lineBreaks = 2 * Math.ceil(part.size / 78);
  return Math.max(0, Math.floor(((part.size - lineBreaks) * 3) / 4));
}

/**
 * Whether a decoded size the server reported fits the encoded one. Dovecot 2.3 was seen
 * answering BINARY.SIZE 508 for a base64 part that decodes to 684 bytes (when a
 * quoted-printable part follows it): a size that cannot be right is not shown as exact.
 */
export function plausibleDecodedSize(part: { size: number; encoding: string | null }, decoded: number): boolean {
  if (part.encoding === 'base64') return Math.abs(decoded - estimateDecodedSize(part)) <= Math.max(4, part.size * 0.03);
  // Quoted-printable spends at most 3 characters per byte, plus its soft line breaks.
  return decoded <= part.size && decoded >= part.size / 4;
}
