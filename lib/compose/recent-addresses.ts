import 'server-only';
import type { AddressSuggestions } from '@/lib/schemas/compose';
import type { Account } from '@/lib/session/account';
import { addressBook } from './address-book';
import { suggestAddresses } from './suggest-addresses';

/** GET /api/addresses: the people of the user's recent mail that `query` could be the start of. */
export async function recentAddresses(account: Account, query: string, limit: number): Promise<AddressSuggestions> {
  return { addresses: suggestAddresses(await addressBook(account), query, limit) };
}
