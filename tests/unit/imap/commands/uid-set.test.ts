import { describe, expect, it } from 'vitest';
import { uidSet } from '@/lib/imap/commands/uid-set';

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
