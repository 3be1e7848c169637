import 'server-only';
import type { MessageRef } from '@/lib/ids';
import type { SeenResponse } from '@/lib/schemas/message-view';
import type { Account } from '@/lib/session/account';
import { withMessage } from './connection/with-message';

/** Opening a message marks it \Seen on the server, so every device shows it read. */
export function markSeen(account: Account, ref: MessageRef): Promise<SeenResponse> {
  return withMessage(account, ref, async ({ client }) => {
    await client.messageFlagsAdd(String(ref.uid), ['\\Seen'], { uid: true });
    const message = await client.fetchOne(String(ref.uid), { uid: true, flags: true }, { uid: true });
    return { flags: [...(message ? (message.flags ?? []) : [])] };
  });
}
