import 'server-only';
import type { MessageRef } from '@/lib/ids';
import { withImap } from '@/lib/imap/connection/pool';
import { withMessage } from '@/lib/imap/connection/with-message';
import { specialFolder } from '@/lib/imap/folders/special-folder';
import { logger } from '@/lib/log/logger';
import type { Account } from '@/lib/session/account';
import { deleteDraft } from './delete-draft';
import { findByMessageId } from './find-by-message-id';
import { QUEUED, SENDING, UNSURE } from './queue-marks';

/**
 * A queued send whose claim outlived the process that made it (killed between its claim and
 * its last step). Its Message-ID in Sent means it went and was filed: only the draft was left,
 * and it goes now. Otherwise nobody can know whether the SMTP server took it before the process
 * died, so it is never sent again blindly: it becomes a plain draft marked UNSURE, which the
 * send's state reports ("may have been sent") and the user decides.
 */
export async function settleStaleClaim(account: Account, ref: MessageRef, messageId: string | null): Promise<void> {
  const sent = await withImap(account, ({ client }) => specialFolder(client, '\\Sent'));
  if (messageId && (await findByMessageId(account, sent, messageId))) {
    await deleteDraft(account, ref);
    logger().info({ user: account.user }, 'stale claim: sent and filed, draft removed');
    return;
  }
  await withMessage(
    account,
    ref,
    async ({ client, write }) => {
      await write(() => client.messageFlagsAdd(String(ref.uid), [UNSURE], { uid: true }));
      await write(() => client.messageFlagsRemove(String(ref.uid), [QUEUED, SENDING], { uid: true }));
    },
    { retry: 'never' },
  );
  logger().warn({ user: account.user }, 'stale claim: outcome unknown, left in Drafts as unsure');
}
