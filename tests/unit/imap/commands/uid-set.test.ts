import { describe, expect, it } from 'vitest';
import { expandUidSet, uidSet } from '@/lib/imap/commands/uid-set';

describe('uidSet', () => {
  it('collapses runs, in any input order, and keeps singles', () => {
    expect(uidSet([10, 1, 2, 3, 7, 9])).toBe('1:3,7,9:10');
    expect(uidSet([5])).toBe('5');
    expect(uidSet([])).toBe('');
  });

  it('treats duplicates as one and turns 100,000 consecutive UIDs into one range', () => {
    expect(uidSet([4, 4, 5])).toBe('4:5');
    expect(uidSet(Array.from({ length: 100_000 }, (_, i) => i + 1))).toBe('1:100000');
  });
});

describe('expandUidSet', () => {
  it('lists every UID of a set, ranges either way round, sorted without duplicates', () => {
    expect(expandUidSet('1:3,7')).toEqual([1, 2, 3, 7]);
    expect(expandUidSet('9:7,8,2')).toEqual([2, 7, 8, 9]);
    expect(uidSet(expandUidSet('1:300'))).toBe('1:300');
  });

  it('refuses what is not a set of UIDs, and sets past its limit', () => {
    expect(() => expandUidSet('1:*')).toThrow();
    expect(() => expandUidSet('0')).toThrow();
    expect(() => expandUidSet('1:4294967295')).toThrow(/larger than/);
    expect(() => expandUidSet('1:10', 5)).toThrow(/larger than 5/);
  });
});
