import 'server-only';
import { AppError } from '@/lib/errors/app-error';
import { type MessageRef, messageId } from '@/lib/ids';
import { conditionalStore } from '@/lib/imap/commands/conditional-store';
import { withMessage } from '@/lib/imap/connection/with-message';
import type { Account } from '@/lib/session/account';
import { QUEUED, SENDING } from './queue-marks';
import { clearSendAlarm } from './send-timers';

const TOO_LATE = 'It has already been sent.';

/**
 * Undo: takes QUEUED off a queued send before its alarm claims it, at the mod-sequence where
 * it was seen queued and unclaimed (RFC 7162 §3.1.3), so Undo and the send cannot both win. The
 * message stays in Drafts as a plain draft, which the compose view reopens. Too late (claimed,
 * sent, gone) → 409 CONFLICT.
 */
export function unqueueSend(account: Account, ref: MessageRef): Promise<{ draftId: string }> {
  return withMessage(
    account,
    ref,
    async ({ client, write }) => {
      // MODSEQ (RFC 7162): imapflow fetches it though its query type does not list it.
      const query = { uid: true, flags: true, modseq: true };
      const seen = await client.fetchOne(String(ref.uid), query, { uid: true });
      if (!seen) throw new AppError('CONFLICT', TOO_LATE);
      if (!seen.flags?.has(QUEUED) || seen.flags.has(SENDING)) throw new AppError('CONFLICT', TOO_LATE);
      if (client.enabled.has('CONDSTORE') && seen.modseq !== undefined) {
        const refused = await write(() => conditionalStore(client, String(ref.uid), String(seen.modseq), '-FLAGS', [QUEUED]));
        if (refused.length > 0) throw new AppError('CONFLICT', TOO_LATE);
      } else {
        await write(() => client.messageFlagsRemove(String(ref.uid), [QUEUED], { uid: true }));
      }
      clearSendAlarm(messageId(ref));
      return { draftId: messageId(ref) };
    },
    { verify: false, retry: 'never' },
  ).catch((error: unknown) => {
    // Sent and removed from Drafts already: the same answer as too late.
    if (error instanceof AppError && error.code === 'NOT_FOUND') throw new AppError('CONFLICT', TOO_LATE);
    throw error;
  });
}
