import 'server-only';
import { mailboxId } from '@/lib/ids';
import type { MailboxChangeResponse, UpdateMailboxRequest } from '@/lib/schemas/mailboxes';
import type { Account } from '@/lib/session/account';
import { withImap } from './connection/pool';
import { setSubscribed } from './folders/folder-write';
import { readFolder } from './folders/read-folder';
import { renameFolder } from './folders/rename-folder';

/**
 * Renames a folder (its children follow, and so do their subscriptions) and/or subscribes or
 * unsubscribes it (RFC 3501 §6.3.5, §6.3.6). The folder is looked up first, so one another
 * client removed meanwhile is a clear 404.
 */
export function updateMailbox(account: Account, path: string, request: UpdateMailboxRequest): Promise<MailboxChangeResponse> {
  return withImap(
    account,
    async (lease) => {
      const folder = await readFolder(lease.client, path);
      let current = path;
      let subscribed = folder.entry.subscribed;
      if (request.path !== undefined && request.path !== path) current = await renameFolder(lease, folder, request.path);
      if (request.subscribed !== undefined && request.subscribed !== subscribed) {
        await setSubscribed(lease, current, request.subscribed);
        subscribed = request.subscribed;
      }
      return { id: mailboxId(current), path: current, subscribed };
    },
    { retry: 'never' },
  );
}
