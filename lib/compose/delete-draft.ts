import 'server-only';
import { AppError } from '@/lib/errors/app-error';
import type { MessageRef } from '@/lib/ids';
import { withImap } from '@/lib/imap/connection/pool';
import { withMailbox } from '@/lib/imap/connection/with-mailbox';
import { specialFolder } from '@/lib/imap/folders/special-folder';
import { removeOriginals } from '@/lib/imap/move/remove-originals';
import type { Account } from '@/lib/session/account';

/**
 * Removes one draft: only a message in the account's Drafts folder (RFC 6154) that carries
 * \Draft, so a draft id can never delete other mail. Exactly that UID is expunged (UID EXPUNGE,
 * RFC 4315); without UIDPLUS it stays flagged \Deleted, as a move's originals do. A draft that
 * is already gone (another device replaced or sent it) is no error: the goal is met.
 */
export function deleteDraft(account: Account, ref: MessageRef): Promise<{ deleted: boolean }> {
  return withImap(
    account,
    async (lease) => {
      const drafts = await specialFolder(lease.client, '\\Drafts');
      if (drafts !== ref.path) throw new AppError('NOT_FOUND', 'This is not a draft.');
      return withMailbox(lease.client, drafts, async (mailbox) => {
        if (Number(mailbox.uidValidity) !== ref.uidValidity) return { deleted: false };
        const found = await lease.client.fetchOne(String(ref.uid), { uid: true, flags: true }, { uid: true });
        if (!found) return { deleted: false };
        if (!found.flags?.has('\\Draft')) throw new AppError('NOT_FOUND', 'This is not a draft.');
        await removeOriginals(lease, String(ref.uid));
        return { deleted: true };
      });
    },
    { retry: 'never', mailbox: ref.path },
  );
}
