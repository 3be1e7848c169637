import { describe, expect, it } from 'vitest';
import { isCleanAddressList } from '@/lib/mime/address-syntax';
import { fieldsFromEnvelope, fieldsFromHeaderBlock } from '@/lib/mime/header-fields';
import { malformedAddressHeaders } from '@/lib/mime/malformed-addresses';

const block = (...lines: string[]) => Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'utf8');

describe('isCleanAddressList (RFC 5322 §3.4, RFC 6854)', () => {
  it.each([
    'Ann Example <ann@example.org>',
    'ann@example.org',
    'ann@example.org (Ann)',
    '"Last, First" <first.last@example.org>',
    // A display name that merely looks like an address is still one mailbox: the real address shows beside it.
    '"PayPal <service@paypal.com>" <attacker@evil.example>',
    'Ann <ann@example.org>, Bob <bob@example.org>',
    'Team: a@x.example, b@y.example;',
    'undisclosed-recipients:;',
    'J. R. Smith <jr@example.org>',
    'Jürgen Müller <jurgen@example.org>',
    '=?utf-8?B?UGF5UGFs?= <service@paypal.com>',
    '=?utf-8?B?@@@?= <papa@example.org>',
    '"q\\"uote" <q@[192.0.2.1]>',
    'a@b.example,, c@d.example',
    '(a (nested) comment) a@b.example',
  ])('accepts %j', (value) => expect(isCleanAddressList(value)).toBe(true));

  it.each([
    '"PayPal" <service@paypal.com> <attacker@evil.example>',
    'service@paypal.com attacker@evil.example',
    'PayPal <service@paypal.com>attacker@evil.example',
    'PayPal <service@paypal.com> attacker@evil.example',
    'service@paypal.com <attacker@evil.example>',
    '=?utf-8?B?UGF5UGFs?= <service@paypal.com> <attacker@evil.example>',
    'service@paypal.com@evil.example',
    '<service@paypal.com',
    'PayPal Security',
    '',
    'a@b.example (unclosed',
    'a@b.example\u0000',
    'Group: a@b.example',
  ])('refuses %j', (value) => expect(isCleanAddressList(value)).toBe(false));

  it('allows one address only where the field is single (Sender)', () => {
    expect(isCleanAddressList('a@x.example, b@y.example', { single: true })).toBe(false);
    expect(isCleanAddressList('Ann <a@x.example>', { single: true })).toBe(true);
  });

  it('reads a megabyte-long hostile value in linear time', () => {
    const started = performance.now();
    for (const value of ['<'.repeat(500_000), `${'a@'.repeat(300_000)}x`, `"${'\\'.repeat(400_000)}`, '('.repeat(400_000)])
      expect(isCleanAddressList(value)).toBe(false);
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});

describe('malformedAddressHeaders', () => {
  it('is empty for clean headers, and for no header at all', () => {
    expect(malformedAddressHeaders(block('From: Ann <ann@example.org>', 'Reply-To: ann@example.org'))).toEqual([]);
    expect(malformedAddressHeaders(undefined)).toEqual([]);
  });

  it('lists every address of a run-together From, and its text as sent', () => {
    expect(malformedAddressHeaders(block('From: "PayPal" <service@paypal.com> <attacker@evil.example>'))).toEqual([
      {
        field: 'from',
        addresses: ['service@paypal.com', 'attacker@evil.example'],
        text: '"PayPal" <service@paypal.com> <attacker@evil.example>',
      },
    ]);
  });

  it('keeps an address with two @ whole, where a server keeps only its first part', () => {
    expect(malformedAddressHeaders(block('Reply-To: service@paypal.com@evil.example'))[0]?.addresses).toEqual([
      'service@paypal.com@evil.example',
    ]);
  });

  it('decodes RFC 2047 words, also one that hides an address, and reads folded lines', () => {
    const hidden = Buffer.from('PayPal <service@paypal.com> <attacker@evil.example>').toString('base64');
    const [header] = malformedAddressHeaders(block(`Sender: =?utf-8?B?${hidden}?=`));
    expect(header?.addresses).toEqual(['service@paypal.com', 'attacker@evil.example']);
    const [folded] = malformedAddressHeaders(
      block('From: =?utf-8?Q?Pay=50al?=', ' <service@paypal.com>', '\t<attacker@evil.example>'),
    );
    expect(folded?.text).toBe('PayPal <service@paypal.com>\t<attacker@evil.example>');
  });

  it('marks a field sent twice, even when each copy is clean (RFC 5322 §3.6)', () => {
    const found = malformedAddressHeaders(block('From: Bank <service@bank.example>', 'From: attacker@evil.example'));
    expect(found.map((header) => header.addresses)).toEqual([['service@bank.example'], ['attacker@evil.example']]);
  });

  it('shows controls and direction overrides as U+FFFD', () => {
    const [header] = malformedAddressHeaders(block('From: a@b.example \u202ec@d.example'));
    expect(header?.text).toBe('a@b.example \uFFFDc@d.example');
    expect(header?.addresses).toEqual(['a@b.example', '\uFFFDc@d.example']);
  });
});

describe('header fields of a malformed From', () => {
  const envelope = {
    from: [{ name: 'PayPal', address: 'service@paypal.com' }],
    replyTo: [{ name: 'PayPal', address: 'service@paypal.com' }],
  };

  it('replace the server’s guess with every address, no name, and carry the mark', () => {
    const fields = fieldsFromEnvelope(
      envelope,
      undefined,
      block('From: "PayPal" <service@paypal.com> <attacker@evil.example>', 'Reply-To: PayPal <service@paypal.com>x@evil.example'),
    );
    expect(fields.from).toEqual([
      { name: '', address: 'service@paypal.com' },
      { name: '', address: 'attacker@evil.example' },
    ]);
    expect(fields.replyTo).toEqual([
      { name: '', address: 'service@paypal.com' },
      { name: '', address: 'x@evil.example' },
    ]);
    expect(fields.malformed?.map((header) => header.field)).toEqual(['from', 'reply-to']);
  });

  it('keep the ENVELOPE and carry no mark when the headers are clean', () => {
    const fields = fieldsFromEnvelope(envelope, undefined, block('From: PayPal <service@paypal.com>'));
    expect(fields.from).toEqual([{ name: 'PayPal', address: 'service@paypal.com' }]);
    expect(fields).not.toHaveProperty('malformed');
  });

  it('are found in the start of a huge header too', async () => {
    const fields = await fieldsFromHeaderBlock(block('From: service@paypal.com attacker@evil.example', 'Subject: x'), undefined);
    expect(fields.from.map((address) => address.address)).toEqual(['service@paypal.com', 'attacker@evil.example']);
    expect(fields.malformed).toHaveLength(1);
  });
});
