import { send } from '@/lib/compose/send';
import { route } from '@/lib/http/route';
import { SendRequest } from '@/lib/schemas/compose';

export const dynamic = 'force-dynamic';

/** Room for the largest html and text bodies the schema allows, JSON-escaped. */
const MAX_BODY_BYTES = 8 * 1024 * 1024;

/**
 * Sends a message → `{ messageId, rejected, sent }` with `delay: 0`; otherwise it waits in
 * Drafts for the undo delay → `{ messageId, queued: { id, sendAt } }`. The idempotency key (or
 * the draft's id) makes a double click or a retried request send once.
 */
export const POST = route({ auth: true, body: SendRequest, maxBodyBytes: MAX_BODY_BYTES }, ({ account, body }) =>
  send(account, body),
);
