import { describe, expect, it } from 'vitest';
import { newMessageId } from '@/lib/compose/message-id';

describe('newMessageId', () => {
  it('is <random base36 @ domain>', () => {
    expect(newMessageId('Example.COM')).toMatch(/^<[0-9a-z]{10,30}@example\.com>$/);
  });

  it('never repeats', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newMessageId('example.com')));
    expect(ids.size).toBe(1000);
  });

  it('writes an IDN domain as punycode, and refuses what is not a domain', () => {
    expect(newMessageId('bücher.example')).toMatch(/@xn--bcher-kva\.example>$/);
    expect(() => newMessageId('not a domain')).toThrow();
  });
});
