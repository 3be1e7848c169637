import { route } from '@/lib/http/route';
import { MailboxParams } from '@/lib/http/route-params';
import { deleteMailbox } from '@/lib/imap/delete-mailbox';
import { updateMailbox } from '@/lib/imap/update-mailbox';
import { DeleteMailboxQuery, UpdateMailboxRequest } from '@/lib/schemas/mailboxes';

export const dynamic = 'force-dynamic';

/** Renames (children follow) and/or (un)subscribes: `UpdateMailboxRequest` → `MailboxChangeResponse`. */
export const PATCH = route({ auth: true, params: MailboxParams, body: UpdateMailboxRequest }, ({ account, params, body }) =>
  updateMailbox(account, params.mailboxId.path, body),
);

/** Deletes a folder, children first: `?force=true&withChildren=true` confirm → `DeleteMailboxResponse`. */
export const DELETE = route({ auth: true, params: MailboxParams, query: DeleteMailboxQuery }, ({ account, params, query }) =>
  deleteMailbox(account, params.mailboxId.path, query),
);
