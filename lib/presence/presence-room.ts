import 'server-only';
import type { NamespacesObject } from 'imapflow';
import { folderIdentity } from '@/lib/imap/folders/folder-identity';
import { namespacesOf } from '@/lib/imap/folders/server-namespaces';
import type { LiveMember } from '@/lib/live/live-hub';
import type { Account } from '@/lib/session/account';

/** A folder at one UIDVALIDITY on one server, as everyone names it: where presence is told (RFC 3501 §2.3.1.1). */
export function presenceRoom(
  { user, host, port }: Pick<Account, 'user' | 'host' | 'port'>,
  path: string,
  uidValidity: number,
  namespaces: NamespacesObject | undefined,
): string {
  return `${host.toLowerCase()}:${port}\u0000${uidValidity}\u0000${folderIdentity(user, path, namespaces)}`;
}

/** The room of the folder a stream watches, once placed (its UIDVALIDITY known) and once anyone announced on its server. */
export function memberRoom({ account, path, cursor }: Pick<LiveMember, 'account' | 'path' | 'cursor'>): string | undefined {
  const namespaces = namespacesOf(account.host, account.port);
  return cursor && namespaces ? presenceRoom(account, path, cursor.uidValidity, namespaces) : undefined;
}
