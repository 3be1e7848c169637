import 'server-only';
import type { NamespacesObject } from 'imapflow';
import { folderIdentity } from '@/lib/imap/folders/folder-identity';
import type { Account } from '@/lib/session/account';

type Who = Pick<Account, 'user' | 'host' | 'port'>;

/** A folder someone watches: an account's feed on a path. */
export interface Watched {
  account: Who;
  path: string;
}

const sameServer = (a: Who, b: Who) => a.host.toLowerCase() === b.host.toLowerCase() && a.port === b.port;

/**
 * The watched folders a push hint about `folders` of `by` reaches: the same folders on the
 * same server however each user names them (RFC 2342, folder-identity.ts: alice's `Team` is
 * bob's `shared/alice/Team`), so a teammate's change reaches everyone watching it. Without the
 * server's namespaces, only `by`'s own names match.
 */
export function hintTargets<W extends Watched>(
  by: Who,
  folders: string[],
  watched: Iterable<W>,
  namespaces: NamespacesObject | undefined,
): W[] {
  const named = new Set(folders.map((folder) => folderIdentity(by.user, folder, namespaces)));
  return [...watched].filter(
    ({ account, path }) => sameServer(account, by) && named.has(folderIdentity(account.user, path, namespaces)),
  );
}
