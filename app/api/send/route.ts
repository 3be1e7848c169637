import { sendOnce } from '@/lib/compose/send-guard';
import { sendMessage } from '@/lib/compose/send-message';
import { route } from '@/lib/http/route';
import { SendRequest } from '@/lib/schemas/compose';

export const dynamic = 'force-dynamic';

/** Room for the largest html and text bodies the schema allows, JSON-escaped. */
const MAX_BODY_BYTES = 8 * 1024 * 1024;

/**
 * Sends a message over SMTP and files it in Sent → `{ messageId, rejected, sent }`. The
 * idempotency key (or the draft's id) makes a double click or a retried request send once.
 */
export const POST = route({ auth: true, body: SendRequest, maxBodyBytes: MAX_BODY_BYTES }, ({ account, body }) =>
  sendOnce(account, body.idempotencyKey ?? body.draftId, () => sendMessage(account, body)),
);
