import 'server-only';
import type { MessageRef } from '@/lib/ids';
import { withMessage } from '@/lib/imap/connection/with-message';
import type { Account } from '@/lib/session/account';

/**
 * After a reply, the original gets \Answered (RFC 3501 §2.3.2); after a forward, the
 * $Forwarded keyword (RFC 5788's registry), as Thunderbird and Apple Mail set it, so every
 * client shows what was done with it.
 */
export function markOriginal(account: Account, ref: MessageRef, flag: '\\Answered' | '$Forwarded'): Promise<void> {
  return withMessage(
    account,
    ref,
    async ({ client, write }) => {
      await write(() => client.messageFlagsAdd(String(ref.uid), [flag], { uid: true }));
    },
    // No existence check first: a UID STORE of a UID that is gone changes nothing (RFC 3501 §6.4.8).
    { retry: 'never', verify: false },
  );
}
