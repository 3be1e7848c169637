import { recentAddresses } from '@/lib/compose/recent-addresses';
import { route } from '@/lib/http/route';
import { AddressQuery } from '@/lib/schemas/compose';

export const dynamic = 'force-dynamic';

/** Addresses from the user's recent mail that start with `q` → `{ addresses: [{ name, address }] }`. */
export const GET = route({ auth: true, query: AddressQuery }, ({ account, query }) =>
  recentAddresses(account, query.q, query.limit),
);
