import 'server-only';
import type { ImapFlow, ListResponse } from 'imapflow';
import { AppError } from '@/lib/errors/app-error';
import type { DeleteMailboxQuery, DeleteMailboxResponse } from '@/lib/schemas/mailboxes';
import type { Account } from '@/lib/session/account';
import { expectDone } from './connection/errors';
import { withImap } from './connection/pool';
import { isInbox } from './folders/check-path';
import { folderWrite, setSubscribed } from './folders/folder-write';
import { FOLDER_GONE, isPlaceholder, readFolder } from './folders/read-folder';

/**
 * Deletes a folder and, when confirmed, everything below it (RFC 3501 §6.3.4). Each risk needs
 * its own confirmation, checked against the server's state now rather than what the browser
 * saw: `force` for a special-use folder (RFC 6154) or for messages going with it (a count
 * that grew since the dialog showed it is a CONFLICT), `withChildren` for subfolders.
 * Children go first: Dovecot deletes a parent alone and leaves its children behind.
 */
export function deleteMailbox(account: Account, path: string, query: DeleteMailboxQuery): Promise<DeleteMailboxResponse> {
  const force = query.force === 'true';
  return withImap(
    account,
    async (lease) => {
      const { client } = lease;
      if (isInbox(path)) throw new AppError('SPECIAL_USE', 'INBOX cannot be deleted.', { details: { specialUse: '\\Inbox' } });
      const { entry, descendants } = await readFolder(client, path);
      const branch = [...descendants, entry];
      const special = branch.find((member) => member.specialUse);
      if (special?.specialUse && !force) {
        const where = special === entry ? 'This folder is' : `The subfolder ${special.path} is`;
        const message = `${where} your ${special.specialUse.slice(1)} folder; add force=true to delete it anyway.`;
        throw new AppError('SPECIAL_USE', message, { details: { specialUse: special.specialUse } });
      }
      const children = descendants.filter((member) => !isPlaceholder(member));
      if (children.length > 0 && query.withChildren !== 'true') {
        throw new AppError(
          'HAS_CHILDREN',
          `This folder has ${plural(children.length, 'subfolder')}; add withChildren=true to delete them too.`,
        );
      }
      const messages = await countMessages(client, branch);
      if (messages > 0 && !force) {
        throw new AppError(
          'CONFLICT',
          `${plural(messages, 'message')} would be deleted with this folder; add force=true to confirm.`,
        );
      }
      const deleted: string[] = [];
      for (const member of branch) {
        if (!isPlaceholder(member)) {
          await folderWrite(lease, () => client.mailboxDelete(member.path));
          deleted.push(member.path);
        }
        // RFC 3501 §6.3.6: the server keeps a deleted folder's subscription; it would linger in LSUB.
        if (member.subscribed) await setSubscribed(lease, member.path, false);
      }
      return { deleted };
    },
    { retry: 'never' },
  );
}

/** STATUS MESSAGES of each folder that holds messages; a level that is only a name holds none. */
async function countMessages(client: ImapFlow, branch: ListResponse[]): Promise<number> {
  let total = 0;
  for (const member of branch) {
    if (isPlaceholder(member)) continue;
    // imapflow answers false when the server refuses STATUS: an unknown count is not zero.
    const status = expectDone(await client.status(member.path, { messages: true }), 'NOT_FOUND', FOLDER_GONE);
    total += status.messages ?? 0;
  }
  return total;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
