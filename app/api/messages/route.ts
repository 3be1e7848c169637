import { route } from '@/lib/http/route';
import { setFlags } from '@/lib/imap/set-flags';
import { FlagsRequest } from '@/lib/schemas/flags';

export const dynamic = 'force-dynamic';

/** Adds and removes flags on messages of one mailbox: `FlagsRequest` → `FlagsResponse`. */
export const PATCH = route({ auth: true, body: FlagsRequest }, ({ account, body }) => setFlags(account, body));
