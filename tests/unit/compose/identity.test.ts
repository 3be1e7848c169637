import { describe, expect, it } from 'vitest';
import { fromAddress } from '@/lib/compose/identity';

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
