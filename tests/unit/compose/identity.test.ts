import { describe, expect, it } from 'vitest';
import { fromAddress, ownAddressesHint, ownsAddress } from '@/lib/compose/identity';

describe('fromAddress', () => {
  it('adds the identity domain to a bare login, lower-cased', () => {
    expect(fromAddress('alice', 'Letterbox.TEST')).toBe('alice@letterbox.test');
  });

  it('keeps a login that is an address, lower-casing only its domain', () => {
    expect(fromAddress('Alice.Smith@Example.COM', 'letterbox.test')).toBe('Alice.Smith@example.com');
  });

  it('keeps the case of a bare login', () => {
    expect(fromAddress('BoB', 'example.org')).toBe('BoB@example.org');
  });
});

describe('ownsAddress', () => {
  const own = 'alice@letterbox.test';

  it('takes the address itself, its domain in any case', () => {
    expect(ownsAddress(own, 'alice@letterbox.test')).toBe(true);
    expect(ownsAddress(own, 'alice@LETTERBOX.test')).toBe(true);
  });

  it('takes a subaddress (RFC 5233), never an empty detail', () => {
    expect(ownsAddress(own, 'alice+news@letterbox.test')).toBe(true);
    expect(ownsAddress(own, 'alice+@letterbox.test')).toBe(false);
  });

  it('refuses another user, a longer name that merely starts the same, another domain', () => {
    expect(ownsAddress(own, 'bob@letterbox.test')).toBe(false);
    expect(ownsAddress(own, 'alicex@letterbox.test')).toBe(false);
    expect(ownsAddress(own, 'alice@example.test')).toBe(false);
    expect(ownsAddress(own, 'alice@letterbox.test.evil')).toBe(false);
    expect(ownsAddress(own, 'Alice@letterbox.test')).toBe(false);
  });

  it('says what is allowed', () => {
    expect(ownAddressesHint(own)).toBe('You can send as alice@letterbox.test, or as alice+anything@letterbox.test.');
  });
});
