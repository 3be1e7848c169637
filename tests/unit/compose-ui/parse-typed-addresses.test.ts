import { describe, expect, it } from 'vitest';
import { endsInQuotes, parseTypedAddresses, recipientLabel, sameAddress } from '@/lib/compose/parse-typed-addresses';

const BREAKS = 'line breaks are not allowed in a header field';

describe('parseTypedAddresses', () => {
  it('reads names, bare addresses and a quoted name holding a comma', () => {
    expect(parseTypedAddresses('Ana <ana@x.test>, bob@y.test, "Smith, J" <j@z.test>')).toEqual({
      recipients: [{ name: 'Ana', address: 'ana@x.test' }, { address: 'bob@y.test' }, { name: 'Smith, J', address: 'j@z.test' }],
      invalid: [],
    });
  });

  it('splits at commas, semicolons and line breaks alike, but not inside quotes or comments', () => {
    const { recipients, invalid } = parseTypedAddresses('a@x.test; b@x.test\nc@x.test\r\n"D; d" <d@x.test>,e@x.test (E, e)');
    expect(invalid).toEqual([]);
    expect(recipients).toEqual([
      { address: 'a@x.test' },
      { address: 'b@x.test' },
      { address: 'c@x.test' },
      { name: 'D; d', address: 'd@x.test' },
      { name: 'E, e', address: 'e@x.test' },
    ]);
  });

  it('flattens a group into its members', () => {
    expect(parseTypedAddresses('Team: a@x.test, b@y.test;').recipients).toEqual([
      { address: 'a@x.test' },
      { address: 'b@y.test' },
    ]);
  });

  it('keeps an RFC 2047-looking name as typed, undecoded', () => {
    expect(parseTypedAddresses('=?UTF-8?B?QW5h?= <ana@x.test>').recipients).toEqual([
      { name: '=?UTF-8?B?QW5h?=', address: 'ana@x.test' },
    ]);
  });

  it('refuses a bare name with the schema’s reason and keeps the rest', () => {
    expect(parseTypedAddresses('Ana, bob@y.test')).toEqual({
      recipients: [{ address: 'bob@y.test' }],
      invalid: [{ text: 'Ana', reason: 'not an address: it needs an @' }],
    });
  });

  it.each([
    ['CRLF in a quoted name', '"Ana\r\nBcc: evil@y.test" <ana@x.test>'],
    ['a bare LF in a quoted name', '"Ana\nBcc: evil@y.test" <ana@x.test>'],
    ['a bare CR in a comment', 'ana@x.test (Ana\rBcc: evil@y.test)'],
    ['U+2028 in a name', 'Ana\u2028Bcc <ana@x.test>'],
  ])('refuses %s as a whole, never reading the break as a space', (_what, text) => {
    expect(parseTypedAddresses(text)).toEqual({ recipients: [], invalid: [{ text, reason: BREAKS }] });
  });

  it('reads a pasted header line as a line of its own: its address shows as a chip here, not as a hidden Bcc', () => {
    expect(parseTypedAddresses('ana@x.test\r\nBcc: evil@y.test')).toEqual({
      recipients: [{ address: 'ana@x.test' }, { address: 'evil@y.test' }],
      invalid: [],
    });
  });

  it('refuses a control character rather than dropping it as addressparser would', () => {
    const text = '"A\u0000B" <c@x.test>';
    expect(parseTypedAddresses(text)).toEqual({
      recipients: [],
      invalid: [{ text, reason: 'control characters are not allowed in a header field' }],
    });
  });

  it('drops duplicates, whatever their case, keeping the first', () => {
    expect(parseTypedAddresses('Ana <ana@x.test>, ANA@X.TEST, bob@y.test, ana@x.test').recipients).toEqual([
      { name: 'Ana', address: 'ana@x.test' },
      { address: 'bob@y.test' },
    ]);
  });

  it('reports a refused entry typed twice once', () => {
    expect(parseTypedAddresses('ana; ana').invalid).toEqual([{ text: 'ana', reason: 'not an address: it needs an @' }]);
  });

  it.each(['', '   ', ',;\n', ' , ; '])('reads nothing from %j', (text) => {
    expect(parseTypedAddresses(text)).toEqual({ recipients: [], invalid: [] });
  });

  it('takes an IDN domain and refuses a non-ASCII local part (it would need SMTPUTF8)', () => {
    const { recipients, invalid } = parseTypedAddresses('info@bücher.example, jörg@x.test');
    expect(recipients).toEqual([{ address: 'info@bücher.example' }]);
    expect(invalid).toHaveLength(1);
    expect(invalid[0]?.text).toBe('jörg@x.test');
    expect(invalid[0]?.reason).toMatch(/SMTPUTF8/);
  });

  it('refuses two addresses without a separator rather than sending to one named as the other', () => {
    const { recipients, invalid } = parseTypedAddresses('ana@x.test bob@y.test');
    expect(recipients).toEqual([]);
    expect(invalid[0]?.text).toBe('ana@x.test bob@y.test');
  });

  it('drops a name that only repeats the address', () => {
    expect(parseTypedAddresses('ana@x.test <ana@x.test>').recipients).toEqual([{ address: 'ana@x.test' }]);
  });

  it('refuses an empty angle address and a lone group name', () => {
    expect(parseTypedAddresses('Ana <>, Team:').invalid.map(({ text }) => text)).toEqual(['Ana <>', 'Team:']);
  });
});

describe('endsInQuotes', () => {
  it.each([
    ['"Smith', true],
    ['"Smith, J"', false],
    ['ana@x.test (Ana', true],
    ['ana@x.test (Ana (A)', true],
    ['ana@x.test (Ana (A))', false],
    ['"a\\"b', true],
    ['Ana', false],
  ])('%j → %s', (text, expected) => {
    expect(endsInQuotes(text)).toBe(expected);
  });
});

describe('recipientLabel and sameAddress', () => {
  it('shows the name when there is one, else the address', () => {
    expect(recipientLabel({ name: 'Ana', address: 'ana@x.test' })).toBe('Ana');
    expect(recipientLabel({ address: 'ana@x.test' })).toBe('ana@x.test');
    expect(recipientLabel({ name: ' ', address: 'ana@x.test' })).toBe('ana@x.test');
  });

  it('compares addresses without regard to case', () => {
    expect(sameAddress({ address: 'Ana@X.test' }, { address: 'ana@x.TEST' })).toBe(true);
    expect(sameAddress({ address: 'ana@x.test' }, { address: 'ana@y.test' })).toBe(false);
  });
});
