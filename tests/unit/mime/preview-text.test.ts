import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { PREVIEW_LENGTH, previewFromPartial } from '@/lib/mime/preview-text';

const plain = { type: 'text/plain', encoding: '7bit', charset: 'us-ascii' };

describe('previewFromPartial', () => {
  it('squeezes whitespace and skips quoted lines', () => {
    expect(previewFromPartial(Buffer.from('Hello   there,\r\n\r\n> old quote\r\nsee you'), plain)).toBe('Hello there, see you');
  });

  it('decodes a base64 part cut in the middle of a quantum', () => {
    const encoded = Buffer.from('Grüße aus Köln, bis bald!').toString('base64');
    // 20 complete characters + 3 of the next quantum, which still hold 2 whole bytes ("ln").
    const cut = Buffer.from(encoded.slice(0, 23));
    expect(previewFromPartial(cut, { type: 'text/plain', encoding: 'base64', charset: 'utf-8' })).toBe('Grüße aus Köln');
    // One character of a quantum holds no whole byte: nothing of it is shown.
    const cutEarlier = Buffer.from(encoded.slice(0, 21));
    expect(previewFromPartial(cutEarlier, { type: 'text/plain', encoding: 'base64', charset: 'utf-8' })).toBe('Grüße aus Kö');
  });

  it('decodes quoted-printable in a legacy charset', () => {
    const qp = Buffer.from(iconv.encode('Добрый день', 'windows-1251').toString('hex').replace(/(..)/g, '=$1').toUpperCase());
    expect(previewFromPartial(qp, { type: 'text/plain', encoding: 'quoted-printable', charset: 'windows-1251' })).toBe(
      'Добрый день',
    );
  });

  it('drops HTML markup, styles and entities', () => {
    const html = Buffer.from('<html><head><style>p{color:red}</style></head><body><p>Tom&nbsp;&amp;&nbsp;Jerry</p><p>again</p>');
    expect(previewFromPartial(html, { type: 'text/html', encoding: '7bit', charset: 'utf-8' })).toBe('Tom & Jerry again');
  });

  it('caps the length and drops a cut multi-byte character', () => {
    const long = Buffer.concat([Buffer.from('é'.repeat(300)), Buffer.from([0xc3])]);
    const preview = previewFromPartial(long, { ...plain, charset: 'utf-8' });
    expect(preview.length).toBe(PREVIEW_LENGTH);
    expect(previewFromPartial(Buffer.from([0x61, 0xc3]), { ...plain, charset: 'utf-8' })).toBe('a');
  });
});
