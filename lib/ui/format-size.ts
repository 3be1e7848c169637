import type { MimePart } from '@/lib/schemas/message-view';

const UNITS = ['B', 'KB', 'MB', 'GB'];

export function formatSize(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value < 10 && unit > 0 ? value.toFixed(1) : Math.round(value)} ${UNITS[unit]}`;
}

/**
 * An estimate of a part's decoded size from its encoded one, when the server gave no exact
 * figure: base64 (RFC 2045 §6.8) carries 3 bytes in 4 characters, in lines of at most 76
 * characters plus CRLF; quoted-printable is at most as long as its encoding.
 */
export function estimateDecodedSize(part: Pick<MimePart, 'size' | 'encoding'>): number {
  if (part.encoding !== 'base64') return part.size;
  const lineBreaks = 2 * Math.ceil(part.size / 78);
  return Math.max(0, Math.floor(((part.size - lineBreaks) * 3) / 4));
}

/** What an attachment chip says: the exact size a download delivers, or an estimate marked "≈". */
export function attachmentSize(part: Pick<MimePart, 'size' | 'encoding' | 'decodedSize'>): string {
  return part.decodedSize === null ? `≈ ${formatSize(estimateDecodedSize(part))}` : formatSize(part.decodedSize);
}
