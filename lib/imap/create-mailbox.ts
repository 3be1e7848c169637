import 'server-only';
import { AppError } from '@/lib/errors/app-error';
import { mailboxId } from '@/lib/ids';
import type { CreateMailboxRequest, MailboxChangeResponse } from '@/lib/schemas/mailboxes';
import type { Account } from '@/lib/session/account';
import { withImap } from './connection/pool';
import { assertFolderPath } from './folders/check-path';
import { createParents, folderWrite } from './folders/folder-write';
import { isPlaceholder, personalDelimiter } from './folders/read-folder';

const EXISTS = 'A folder with that name already exists.';

/**
 * Creates a folder (RFC 3501 §6.3.3), each missing level above it first, and subscribes it
 * (imapflow's mailboxCreate does). imapflow encodes the name in modified UTF-7 where the
 * server lacks UTF8=ACCEPT (RFC 3501 §5.1.3, RFC 6855); nothing here builds command text.
 */
export function createMailbox(account: Account, request: CreateMailboxRequest): Promise<MailboxChangeResponse> {
  return withImap(
    account,
    async (lease) => {
      const { client } = lease;
      const delimiter = personalDelimiter(client);
      assertFolderPath(request.path, delimiter);
      const entries = await client.list({ listOnly: true });
      const existing = new Set(entries.filter((entry) => !isPlaceholder(entry)).map((entry) => entry.path));
      if (existing.has(request.path) || request.path.toUpperCase() === 'INBOX') throw new AppError('ALREADY_EXISTS', EXISTS);
      await createParents(lease, request.path, delimiter, existing);
      const created = await folderWrite(lease, () => client.mailboxCreate(request.path));
      // imapflow turns NO [ALREADYEXISTS] (RFC 5530) into `created: false`: another client was first.
      if (!created.created) throw new AppError('ALREADY_EXISTS', EXISTS);
      return { id: mailboxId(created.path), path: created.path, subscribed: true };
    },
    { retry: 'never' },
  );
}
