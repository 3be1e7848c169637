import { route } from '@/lib/http/route';
import { MessageParams } from '@/lib/http/route-params';
import { announcePresence } from '@/lib/presence/announce-presence';
import { PresenceRequest } from '@/lib/schemas/presence';

export const dynamic = 'force-dynamic';

/** The user is (or no longer is) viewing or replying to a message of a shared folder → `{ ttlMs }`. */
export const PUT = route({ auth: true, params: MessageParams, body: PresenceRequest }, ({ account, params, body }) =>
  announcePresence(account, params.messageId, body),
);
