import { estimateDecodedSize } from '@/lib/mime/decoded-size';
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

/** What an attachment chip says: the exact size a download delivers, or an estimate marked "≈". */
export function attachmentSize(part: Pick<MimePart, 'size' | 'encoding' | 'decodedSize'>): string {
  return part.decodedSize === null ? `≈ ${formatSize(estimateDecodedSize(part))}` : formatSize(part.decodedSize);
}
