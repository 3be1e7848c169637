import { route } from '@/lib/http/route';
import { MessageParams } from '@/lib/http/route-params';
import { announcePresence } from '@/lib/presence/announce-presence';
import { PresenceRequest } from '@/lib/schemas/presence';

export const dynamic = 'force-dynamic';

/** The user is (or no longer is) viewing or replying to a message of a shared folder → 204. */
export const PUT = route({ auth: true, params: MessageParams, body: PresenceRequest }, async ({ account, params, body }) => {
  await announcePresence(account, params.messageId, body);
  return new Response(null, { status: 204 });
});
