import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeCharset } from '@/lib/mime/decode-charset';

describe('decodeCharset', () => {
  it('reads no charset as US-ASCII, and US-ASCII as UTF-8 (its superset)', () => {
    expect(decodeCharset(Buffer.from('Grüße'), null)).toEqual({ text: 'Grüße', unknownCharset: null, invalidBytes: false });
    expect(decodeCharset(Buffer.from('plain'), 'US-ASCII').text).toBe('plain');
  });

  it('converts what iconv-lite knows, by any of its names', () => {
    expect(decodeCharset(iconv.encode('Добрый день', 'windows-1251'), 'CP1251').text).toBe('Добрый день');
    expect(decodeCharset(iconv.encode('中文字符', 'gb18030'), 'GB2312').text).toBe('中文字符');
    expect(decodeCharset(iconv.encode('한국어', 'euc-kr'), 'ks_c_5601-1987').text).toBe('한국어');
  });

  it('converts EUC-JP and ISO-2022-JP through encoding-japanese', () => {
    expect(decodeCharset(Buffer.from('c6fccbdcb8ec', 'hex'), 'euc-jp').text).toBe('日本語');
    expect(decodeCharset(Buffer.from('1b2442467c4b5c386c1b2842', 'hex'), 'ISO-2022-JP').text).toBe('日本語');
  });

  it('turns NUL into U+FFFD and says so: mail text never holds NUL', () => {
    expect(decodeCharset(Buffer.from('a\u0000b'), 'utf-8')).toEqual({
      text: 'a\uFFFDb',
      unknownCharset: null,
      invalidBytes: true,
    });
    expect(decodeCharset(Buffer.from([0x41, 0, 0xe9]), 'iso-8859-1').text).toBe('A\uFFFDé');
  });

  it('names an unknown charset and keeps ASCII readable', () => {
    expect(decodeCharset(Buffer.from('Alpha \xe9', 'latin1'), 'x-unknown-42')).toEqual({
      text: 'Alpha \uFFFD',
      unknownCharset: 'x-unknown-42',
      invalidBytes: true,
    });
  });
});
