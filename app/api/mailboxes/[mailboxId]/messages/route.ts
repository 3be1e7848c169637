import { route } from '@/lib/http/route';
import { MailboxParams } from '@/lib/http/route-params';
import { listMessages } from '@/lib/imap/list-messages';
import { ListMessagesQuery } from '@/lib/schemas/message-list';

export const dynamic = 'force-dynamic';

/** One page of a mailbox, sorted on the server: `MessagesResponse`. */
export const GET = route({ auth: true, params: MailboxParams, query: ListMessagesQuery }, async ({ account, params, query }) =>
  listMessages(account, params.mailboxId.path, query),
);
