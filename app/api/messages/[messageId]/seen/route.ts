import { route } from '@/lib/http/route';
import { MessageParams } from '@/lib/http/route-params';
import { markSeen } from '@/lib/imap/mark-seen';

export const dynamic = 'force-dynamic';

/** Marks the message \Seen (opening it does, unless the reader keeps mail unread): `{ flags }`. */
export const POST = route({ auth: true, params: MessageParams }, async ({ account, params }) =>
  markSeen(account, params.messageId),
);
