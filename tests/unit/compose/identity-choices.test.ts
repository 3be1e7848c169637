import { describe, expect, it } from 'vitest';
import { identityChoices, senderOf, withSignature } from '@/lib/compose/identity-choices';

const login = 'ana@letterbox.test';

describe('identityChoices', () => {
  it('is the login address alone when the settings have no identity', () => {
    expect(identityChoices([], login)).toEqual([{ name: '', address: login, signature: '' }]);
  });

  it('keeps the settings order (the first is the default) and adds the login address once, last', () => {
    const work = { name: 'Ana Lima', address: 'ana+work@letterbox.test', signature: 'Ana' };
    expect(identityChoices([work], login).map((identity) => identity.address)).toEqual([work.address, login]);
    const own = { name: 'Ana', address: 'ANA@letterbox.test', signature: '' };
    expect(identityChoices([work, own], login)).toEqual([work, own]);
  });

  it('gives a From without an empty name', () => {
    expect(senderOf({ name: '', address: login, signature: 'x' })).toEqual({ address: login });
    expect(senderOf({ name: 'Ana', address: login, signature: 'x' })).toEqual({ name: 'Ana', address: login });
  });
});

describe('withSignature', () => {
  it('puts "-- " and the escaped signature under the empty first paragraph, above a quote', () => {
    const quote = '<p></p><p>On a day, Bob wrote:</p><blockquote><p>Hi</p></blockquote>';
    expect(withSignature(quote, 'Ana <CEO>\nLetterbox & Co')).toBe(
      '<p></p><p>-- <br>Ana &lt;CEO&gt;<br>Letterbox &amp; Co</p><p>On a day, Bob wrote:</p><blockquote><p>Hi</p></blockquote>',
    );
  });

  it('starts an empty message with a line to write on, then the signature', () => {
    expect(withSignature('', 'Ana')).toBe('<p></p><p>-- <br>Ana</p>');
  });

  it('changes nothing for a blank signature', () => {
    expect(withSignature('<p></p><p>x</p>', '  \n ')).toBe('<p></p><p>x</p>');
    expect(withSignature('', '')).toBe('');
  });
});
