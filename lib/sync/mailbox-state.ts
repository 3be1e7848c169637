import 'server-only';
import { withImap } from '@/lib/imap/connection/pool';
import { withMailbox } from '@/lib/imap/connection/with-mailbox';
import type { Account } from '@/lib/session/account';
import type { MailboxCursor } from './mailbox-cursor';
import { readCursor } from './read-cursor';

export interface MailboxState {
  cursor: MailboxCursor;
  /** Whether changes can be read by mod-sequence (RFC 7162 CONDSTORE enabled and the mailbox keeps them). */
  modseqs: boolean;
}

/** Where a mailbox stands now: the cursor a live stream without history starts from. */
export function readMailboxState(account: Account, path: string): Promise<MailboxState> {
  return withImap(
    account,
    ({ client }) =>
      withMailbox(client, path, async (mailbox) => ({
        cursor: await readCursor(client, path, mailbox),
        modseqs: client.enabled.has('CONDSTORE') && !mailbox.noModseq,
      })),
    { mailbox: path },
  );
}
