import { route } from '@/lib/http/route';
import { listMailboxes } from '@/lib/imap/list-mailboxes';

export const dynamic = 'force-dynamic';

/** Every mailbox with counts: `{ mailboxes: Mailbox[] }`. */
export const GET = route({ auth: true }, async ({ account }) => ({ mailboxes: await listMailboxes(account) }));
