import 'server-only';
import type { NamespacesObject } from 'imapflow';
import type { Account } from '@/lib/session/account';
import { folderIdentity } from './folder-identity';

/** A folder at one UIDVALIDITY on one server, as everyone names it: where presence is told (RFC 3501 §2.3.1.1). */
export function presenceRoom(
  { user, host, port }: Pick<Account, 'user' | 'host' | 'port'>,
  path: string,
  uidValidity: number,
  namespaces: NamespacesObject | undefined,
): string {
  return `${host.toLowerCase()}:${port}\u0000${uidValidity}\u0000${folderIdentity(user, path, namespaces)}`;
}
