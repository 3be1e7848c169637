import 'server-only';
import { withImap } from '@/lib/imap/connection/pool';
import { withMailbox } from '@/lib/imap/connection/with-mailbox';
import type { Account } from '@/lib/session/account';

/**
 * The UID of the one message in `path` with this Message-ID, for an APPEND the server answered
 * without APPENDUID (no UIDPLUS, RFC 4315): `UID SEARCH HEADER Message-ID`. The id is ours and
 * random (message-id.ts), so a second match means something else went wrong: none is named.
 */
export function findByMessageId(
  account: Account,
  path: string,
  id: string,
): Promise<{ uidValidity: number; uid: number } | null> {
  return withImap(
    account,
    ({ client }) =>
      withMailbox(client, path, async (mailbox) => {
        const uids = (await client.search({ header: { 'message-id': id } }, { uid: true })) || [];
        return uids.length === 1 && uids[0] !== undefined ? { uidValidity: Number(mailbox.uidValidity), uid: uids[0] } : null;
      }),
    { mailbox: path },
  );
}
