import 'server-only';
import { env } from '@/lib/config/env';
import type { SendRequest } from '@/lib/schemas/compose';
import type { Account } from '@/lib/session/account';
import type { ComposeInput } from './outgoing-message';
import { type QueuedSend, queueSend } from './queue-send';
import { sendOnce } from './send-guard';
import { type SendResult, sendMessage } from './send-message';

type Parsed = ComposeInput & Pick<SendRequest, 'draftId' | 'delay' | 'idempotencyKey'>;

/**
 * POST /api/send: at once with `delay: 0` (or SEND_DELAY_MS 0), else queued for the undo delay
 * (queue-send.ts). Either way once per idempotency key (or draft id), within the session's rate.
 */
export function send(account: Account, request: Parsed): Promise<SendResult | QueuedSend> {
  const now = request.delay === 0 || env().SEND_DELAY_MS === 0;
  return sendOnce<SendResult | QueuedSend>(account, request.idempotencyKey ?? request.draftId, () =>
    now ? sendMessage(account, request) : queueSend(account, request),
  );
}
