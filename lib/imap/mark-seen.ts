import 'server-only';
import type { MessageRef } from '@/lib/ids';
import type { SeenResponse } from '@/lib/schemas/message-view';
import type { Account } from '@/lib/session/account';
import { expectDone } from './connection/errors';
import { fetchMessage, withMessage } from './connection/with-message';

/**
 * Opening a message marks it \Seen on the server, so every device shows it read. A write:
 * after a dropped connection it is never repeated once the STORE may have reached the server.
 */
export function markSeen(account: Account, ref: MessageRef): Promise<SeenResponse> {
  return withMessage(
    account,
    ref,
    async (context) => {
      const { client, write } = context;
      const stored = await write(() => client.messageFlagsAdd(String(ref.uid), ['\\Seen'], { uid: true }));
      expectDone(stored, 'FORBIDDEN', 'The mail server did not let this message be marked as read.');
      const message = await fetchMessage(context, { uid: true, flags: true });
      return { flags: [...(message.flags ?? [])] };
    },
    { retry: 'never' },
  );
}
