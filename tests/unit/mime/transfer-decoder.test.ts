import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeTransfer } from '@/lib/mime/decode-transfer';
import { transferDecoder } from '@/lib/mime/transfer-decoder';

/** Feeds `encoded` cut at `cuts` and joins what comes out. */
function inChunks(encoded: Buffer, encoding: string, cuts: number[]): Buffer {
  const decoder = transferDecoder(encoding);
  const points = [...new Set(cuts.map((cut) => cut % (encoded.length + 1)))].sort((a, b) => a - b);
  const out: Buffer[] = [];
  let from = 0;
  for (const point of [...points, encoded.length]) {
    out.push(decoder.push(encoded.subarray(from, point)));
    from = point;
  }
  out.push(decoder.end());
  return Buffer.concat(out);
}

const qp = (bytes: Uint8Array) =>
  Buffer.from(
    [...bytes]
      .map(
        (byte, i) =>
          (i % 50 === 49 ? '=\r\n' : '') +
          (byte >= 33 && byte <= 126 && byte !== 61
            ? String.fromCharCode(byte)
            : `=${byte.toString(16).toUpperCase().padStart(2, '0')}`),
      )
      .join(''),
  );
const base64 = (bytes: Uint8Array) => Buffer.from(Buffer.from(bytes).toString('base64').replace(/.{76}/g, '$&\r\n'));

describe('transferDecoder', () => {
  it('gives the bytes of the whole body however it is cut (base64 and quoted-printable)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), fc.array(fc.nat(), { maxLength: 12 }), (bytes, cuts) => {
        expect(inChunks(base64(bytes), 'base64', cuts)).toEqual(Buffer.from(bytes));
        expect(inChunks(qp(bytes), 'quoted-printable', cuts)).toEqual(Buffer.from(bytes));
      }),
    );
  });

  it('agrees with the whole-body decoder on damaged input too', () => {
    const damaged = Buffer.from('Caf=E9 =ZZ =4 soft=  \r\nbreak=\r\nend=');
    for (const cut of [1, 5, 6, 7, 21, 22, 30]) {
      expect(inChunks(damaged, 'quoted-printable', [cut])).toEqual(decodeTransfer(damaged, 'quoted-printable'));
    }
  });

  it('passes other encodings through untouched', () => {
    const bytes = Buffer.from([0, 1, 2, 0xff]);
    expect(inChunks(bytes, '8bit', [2])).toEqual(bytes);
  });
});
