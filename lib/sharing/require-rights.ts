import 'server-only';
import { AppError } from '@/lib/errors/app-error';
import type { ImapLease } from '@/lib/imap/connection/pool';
import { namespaceOf } from '@/lib/imap/folders/namespace-of';
import type { MyRights } from '@/lib/schemas/sharing';
import { folderRights } from './folder-rights';

export type Right = Exclude<keyof MyRights, 'raw'>;

/** What each missing right stops, in the words the 403 carries. */
const REFUSAL: Record<Right, string> = {
  mayReadItems: 'read messages in',
  mayAddItems: 'file messages into',
  mayRemoveItems: 'delete or move messages out of',
  maySetSeen: 'mark messages read or unread in',
  maySetKeywords: 'star, label or assign messages in',
  mayCreateChild: 'create folders in',
  mayRename: 'rename',
  mayDelete: 'delete',
  mayAdmin: 'change the sharing of',
};

/**
 * Refuses, before anything is sent, what the user's rights in a folder someone else owns do
 * not allow (RFC 4314 §4). The server would refuse it too, but not always with a NO: a STORE
 * of a flag the user may not set is silently ignored (§4, "STORE"), which would answer 200
 * for a change that never happened. Own folders are not asked: their owner holds every right.
 */
export async function requireRights(lease: ImapLease, path: string, ...needed: Right[]): Promise<void> {
  if (!lease.features.acl || namespaceOf(path, lease.client.namespaces) === 'personal') return;
  const rights = (await folderRights(lease.client, lease.features, lease.account, [path])).get(path);
  const missing = needed.find((right) => rights && !rights[right]);
  if (missing) throw new AppError('FORBIDDEN', `You may not ${REFUSAL[missing]} this shared folder.`);
}
