import 'server-only';
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
 * Sent with \Seen, as every client files its own mail; a draft to Drafts with \Draft. The UID
 * comes from APPENDUID (RFC 4315) where the server has UIDPLUS. The write is never repeated on
 * a dropped connection (WRITE_UNCONFIRMED instead): a second APPEND would file a second copy.
 */
export function saveCopy(account: Account, use: '\\Sent' | '\\Drafts', message: Buffer, flags: string[]): Promise<SavedCopy> {
  return withImap(
    account,
    async (lease) => {
      const path = await specialFolder(lease.client, use);
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
