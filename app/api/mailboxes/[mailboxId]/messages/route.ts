import { route } from '@/lib/http/route';
import { listMessages } from '@/lib/imap/list-messages';
import { mailboxPathOrNotFound } from '@/lib/imap/mailbox-path';
import { ListMessagesQuery } from '@/lib/schemas/message-list';

export const dynamic = 'force-dynamic';

/** One page of a mailbox, sorted on the server: `MessagesResponse`. */
export const GET = route({ auth: true, query: ListMessagesQuery }, async ({ account, params, query }) =>
  listMessages(account, mailboxPathOrNotFound(params.mailboxId ?? ''), query),
);
