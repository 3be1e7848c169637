import 'server-only';
import { AppError } from '@/lib/errors/app-error';
import { isWithin } from '@/lib/schemas/mailbox-name';
import type { ImapLease } from '../connection/pool';
import { assertFolderPath, isInbox } from './check-path';
import { createParents, folderWrite, setSubscribed } from './folder-write';
import { type FolderInTree, isPlaceholder } from './read-folder';

/**
 * RENAME moves the folder and every folder below it (RFC 3501 §6.3.5), but subscriptions are
 * names, not folders: the server keeps the old ones and never adds the new (RFC 3501 §6.3.6,
 * measured on Dovecot). So each subscribed name in the branch is subscribed under its new
 * path and the old one unsubscribed, or the folder would vanish from subscribed-only clients.
 * Returns the new path.
 */
export async function renameFolder(lease: ImapLease, folder: FolderInTree, newPath: string): Promise<string> {
  const { entry, delimiter } = folder;
  const oldPath = entry.path;
  // Dovecot answers a bare NO (no response code) to both; say why instead.
  if (isInbox(oldPath)) throw new AppError('BAD_REQUEST', 'INBOX cannot be renamed.');
  assertFolderPath(newPath, delimiter);
  if (isWithin(newPath, oldPath, delimiter)) throw new AppError('BAD_REQUEST', 'A folder cannot be moved inside itself.');
  const existing = new Set(folder.entries.filter((candidate) => !isPlaceholder(candidate)).map((candidate) => candidate.path));
  await createParents(lease, newPath, delimiter, existing);
  const renamed = await folderWrite(lease, () => lease.client.mailboxRename(oldPath, newPath));
  const target = renamed.newPath ?? newPath;
  for (const member of [entry, ...folder.descendants]) {
    if (!member.subscribed) continue;
    await setSubscribed(lease, `${target}${member.path.slice(oldPath.length)}`, true);
    await setSubscribed(lease, member.path, false);
  }
  return target;
}
