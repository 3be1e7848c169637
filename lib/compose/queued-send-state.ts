import 'server-only';
import { AppError } from '@/lib/errors/app-error';
import type { MessageRef } from '@/lib/ids';
import { withImap } from '@/lib/imap/connection/pool';
import { withMessage } from '@/lib/imap/connection/with-message';
import { specialFolder } from '@/lib/imap/folders/special-folder';
import type { QueuedSendState } from '@/lib/schemas/compose';
import type { Account } from '@/lib/session/account';
import { findByMessageId } from './find-by-message-id';
import { QUEUED, SENDING, UNFILED, UNSURE } from './queue-marks';

/**
 * What became of a queued send, asked once its delay has passed, so the browser says what
 * happened rather than assuming: still waiting or being sent (its keywords), back in Drafts as a
 * plain draft (the submission failed, dispatch-queued.ts), sent but not filed (UNFILED), claimed
 * by a process that died mid-send (UNSURE, settle-stale-claim.ts), or gone
 * from Drafts, in which case Sent is searched for its Message-ID: found, it went; not found,
 * another client removed it before it could go.
 */
export async function queuedSendState(account: Account, ref: MessageRef, messageId: string): Promise<QueuedSendState> {
  const flags = await withMessage(
    account,
    ref,
    async ({ client }) => {
      const message = await client.fetchOne(String(ref.uid), { uid: true, flags: true }, { uid: true });
      return message ? (message.flags ?? new Set<string>()) : null;
    },
    { verify: false },
  ).catch((error: unknown) => {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return null;
    throw error;
  });
  if (flags) {
    if (flags.has(SENDING)) return { state: 'sending' };
    if (flags.has(QUEUED)) return { state: 'queued' };
    if (flags.has(UNSURE)) return { state: 'unsure' };
    return { state: flags.has(UNFILED) ? 'sent-unfiled' : 'returned' };
  }
  const sent = await withImap(account, async ({ client }) => specialFolder(client, '\\Sent'));
  return { state: (await findByMessageId(account, sent, messageId)) ? 'sent' : 'gone' };
}
