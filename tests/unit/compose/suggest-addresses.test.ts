import { describe, expect, it } from 'vitest';
import type { KnownAddress } from '@/lib/compose/address-book';
import { suggestAddresses } from '@/lib/compose/suggest-addresses';

const book: KnownAddress[] = [
  { name: 'Zoë Martin', address: 'zoe@example.org', weight: 2, last: 5 },
  { name: '', address: 'billing@shop.example', weight: 1, last: 0 },
  { name: 'Anna Zimmer', address: 'anna@corp.example', weight: 6, last: 9 },
  { name: 'Ann Lee', address: 'ann.lee@example.org', weight: 6, last: 2 },
];

describe('suggestAddresses', () => {
  it('matches the start of the address, its domain or a word of the name, ignoring case and accents', () => {
    expect(suggestAddresses(book, 'ZOE', 10).map((s) => s.address)).toEqual(['zoe@example.org']);
    expect(suggestAddresses(book, 'zim', 10).map((s) => s.address)).toEqual(['anna@corp.example']);
    expect(suggestAddresses(book, 'shop', 10).map((s) => s.address)).toEqual(['billing@shop.example']);
    expect(suggestAddresses(book, 'martin', 10).map((s) => s.address)).toEqual(['zoe@example.org']);
    // Not the middle of a word: "nna" is no one's start.
    expect(suggestAddresses(book, 'nna', 10)).toEqual([]);
  });

  it('puts the most written-to first, then the most recent, and keeps to the limit', () => {
    expect(suggestAddresses(book, 'ann', 10).map((s) => s.address)).toEqual(['ann.lee@example.org', 'anna@corp.example']);
    expect(suggestAddresses(book, '', 2).map((s) => s.address)).toEqual(['ann.lee@example.org', 'anna@corp.example']);
  });

  it('answers names and addresses only', () => {
    expect(suggestAddresses(book, 'zoe', 1)).toEqual([{ name: 'Zoë Martin', address: 'zoe@example.org' }]);
  });
});
