import 'server-only';
import { appendStream, type MessageFile } from '@/lib/imap/commands/append-stream';
import { withImap } from '@/lib/imap/connection/pool';
import { specialFolder } from '@/lib/imap/folders/special-folder';
import type { Account } from '@/lib/session/account';

export interface SavedCopy {
  path: string;
  uidValidity: number;
  uid: number | null;
}

/**
 * APPENDs `message` to the account's special-use folder (RFC 6154): the exact bytes sent to
 * Sent with \Seen, as every client files its own mail; a draft to Drafts with \Draft. A message
 * in memory (a draft) goes through imapflow's append(); one spooled to a file (a sent message,
 * up to the attachment limit) is streamed from it (append-stream.ts), never read whole. The UID
 * comes from APPENDUID (RFC 4315) where the server sends it. The write is never repeated on a
 * dropped connection (WRITE_UNCONFIRMED instead): a second APPEND would file a second copy.
 */
export function saveCopy(
  account: Account,
  use: '\\Sent' | '\\Drafts',
  message: Buffer | MessageFile,
  flags: string[],
): Promise<SavedCopy> {
  return withImap(
    account,
    async (lease) => {
      const path = await specialFolder(lease.client, use);
      if (!Buffer.isBuffer(message)) {
        const streamed = await lease.write(() => appendStream(lease.client, path, message, flags));
        return { path, uidValidity: streamed.uidValidity ?? 0, uid: streamed.uid };
      }
      const appended = await lease.write(() => lease.client.append(path, message, flags));
      return {
        path,
        uidValidity: Number(appended ? appended.uidValidity : 0),
        uid: appended && appended.uid !== undefined ? Number(appended.uid) : null,
      };
    },
    { retry: 'never' },
  );
}
