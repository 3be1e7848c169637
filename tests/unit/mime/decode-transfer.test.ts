import { describe, expect, it } from 'vitest';
import { decodeTransfer } from '@/lib/mime/decode-transfer';

const base64 = (text: string) => Buffer.from(text).toString('base64');

describe('decodeTransfer', () => {
  it('decodes base64 across line breaks, and padding in the middle (chunks encoded one by one)', () => {
    const wrapped = `${base64('First chunk. ')}\r\n${base64('Second.')}\r\n`;
    expect(decodeTransfer(Buffer.from(wrapped), 'base64').toString()).toBe('First chunk. Second.');
  });

  it('keeps the words before damage and skips characters outside the alphabet', () => {
    const damaged = `${base64('Golf hotel india')}!!!%%%${base64('after')}`;
    expect(decodeTransfer(Buffer.from(damaged), 'base64').toString()).toBe('Golf hotel indiaafter');
  });

  it('decodes the prefix a partial fetch cut mid-quantum', () => {
    const cut = base64('Alphabet soup').slice(0, 10);
    expect('Alphabet soup'.startsWith(decodeTransfer(Buffer.from(cut), 'base64').toString())).toBe(true);
    expect(decodeTransfer(Buffer.from(cut), 'base64').length).toBe(7);
  });

  it('undoes quoted-printable: escapes, soft breaks (blanks after the = too), broken escapes kept as text', () => {
    const qp = 'Caf=C3=A9 =\r\nsoft=20=  \r\nbreak =ZZ bad, =4 half, end=';
    expect(decodeTransfer(Buffer.from(qp), 'quoted-printable').toString()).toBe('Café soft break =ZZ bad, =4 half, end');
  });

  it('passes 7bit, 8bit, binary and unknown encodings through', () => {
    const bytes = Buffer.from([0x41, 0xe9, 0x00]);
    for (const encoding of ['7bit', '8bit', 'binary', 'x-gibberish', null])
      expect(decodeTransfer(bytes, encoding)).toEqual(bytes);
  });
});
