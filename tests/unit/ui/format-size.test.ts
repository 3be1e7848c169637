import { describe, expect, it } from 'vitest';
import { estimateDecodedSize, plausibleDecodedSize } from '@/lib/mime/decoded-size';
import { attachmentSize, formatSize } from '@/lib/ui/format-size';

/** `bytes` random-looking bytes as base64 in 76-character lines with CRLF, as mail carries them. */
const base64Length = (bytes: number) => Buffer.alloc(bytes, 1).toString('base64').replace(/.{76}/g, '$&\r\n').length;

describe('attachment sizes', () => {
  it('formats bytes in binary units', () => {
    expect(formatSize(684)).toBe('684 B');
    expect(formatSize(1536)).toBe('1.5 KB');
    expect(formatSize(5 * 1024 * 1024)).toBe('5.0 MB');
  });

  it('shows the exact decoded size when the server gave one, with no marker', () => {
    expect(attachmentSize({ size: 936, encoding: 'base64', decodedSize: 684 })).toBe('684 B');
  });

  it('marks an estimate, and the estimate undoes base64 and its line breaks', () => {
    expect(attachmentSize({ size: 936, encoding: 'base64', decodedSize: null })).toBe('≈ 684 B');
    for (const bytes of [0, 1, 57, 684, 10_000, 1_000_000]) {
      const estimate = estimateDecodedSize({ size: base64Length(bytes), encoding: 'base64' });
      expect(Math.abs(estimate - bytes)).toBeLessThanOrEqual(Math.max(3, bytes * 0.01));
    }
  });

  it('refuses a server size that cannot fit the encoding (Dovecot once said 508 for 684 bytes)', () => {
    expect(plausibleDecodedSize({ size: 936, encoding: 'base64' }, 684)).toBe(true);
    expect(plausibleDecodedSize({ size: 936, encoding: 'base64' }, 508)).toBe(false);
    expect(plausibleDecodedSize({ size: 100, encoding: 'quoted-printable' }, 90)).toBe(true);
    expect(plausibleDecodedSize({ size: 100, encoding: 'quoted-printable' }, 120)).toBe(false);
  });

  it('takes quoted-printable at its encoded size, marked as an estimate', () => {
    expect(attachmentSize({ size: 2048, encoding: 'quoted-printable', decodedSize: null })).toBe('≈ 2.0 KB');
  });
});
