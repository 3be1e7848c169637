import type { KnownAddress } from './address-book';

export interface AddressSuggestion {
  name: string;
  address: string;
}

/**
 * The book's entries that `query` could be the start of: the address, its domain, or any word
 * of the name (case- and accent-insensitive: "zoe" finds "Zoë"), the most written-to first,
 * then the most recent. An empty query suggests the most frequent.
 */
export function suggestAddresses(book: KnownAddress[], query: string, limit: number): AddressSuggestion[] {
  const wanted = fold(query.trim());
  const matches = wanted ? book.filter((entry) => starts(entry, wanted)) : [...book];
  return matches
    .sort((a, b) => b.weight - a.weight || a.last - b.last || a.address.localeCompare(b.address))
    .slice(0, limit)
    .map(({ name, address }) => ({ name, address }));
}

function starts(entry: KnownAddress, wanted: string): boolean {
  const address = fold(entry.address);
  const domain = address.slice(address.lastIndexOf('@') + 1);
  const words = fold(entry.name).split(/[\s"'(),.<>@-]+/);
  return address.startsWith(wanted) || domain.startsWith(wanted) || words.some((word) => word.startsWith(wanted));
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
