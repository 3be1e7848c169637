import { route } from '@/lib/http/route';
import { markSeen } from '@/lib/imap/mark-seen';
import { MessageParams } from '@/lib/schemas/route-params';

export const dynamic = 'force-dynamic';

/** Marks the message \Seen (opening it does, unless the reader keeps mail unread): `{ flags }`. */
export const POST = route({ auth: true, params: MessageParams }, async ({ account, params }) =>
  markSeen(account, params.messageId),
);
