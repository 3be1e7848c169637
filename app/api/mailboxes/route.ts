import { route } from '@/lib/http/route';
import { createMailbox } from '@/lib/imap/create-mailbox';
import { readMailboxes } from '@/lib/imap/list-mailboxes';
import { CreateMailboxRequest } from '@/lib/schemas/mailboxes';

export const dynamic = 'force-dynamic';

/** Every mailbox with counts and rights: `MailboxesResponse`. */
export const GET = route({ auth: true }, ({ account }) => readMailboxes(account));

/** Creates a folder, parents as needed: `CreateMailboxRequest` → `MailboxChangeResponse`. */
export const POST = route({ auth: true, body: CreateMailboxRequest }, ({ account, body }) => createMailbox(account, body));
