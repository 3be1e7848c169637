import 'server-only';
import type { NamespacesObject } from 'imapflow';
import { namespaceOf, ownerOf } from './namespace-of';

/**
 * One folder as every user of a server names it (RFC 2342): alice's own `Team` and bob's
 * `shared/alice/Team` are the same folder, owned by alice, called `Team` in her namespace; a
 * public folder is nobody's and has one name. Presence rooms are keyed by this, so the owner
 * and the people she shares with meet. User names compare without case, as Dovecot's do.
 */
export function folderIdentity(user: string, path: string, namespaces: NamespacesObject | undefined): string {
  const kind = namespaceOf(path, namespaces);
  if (kind === 'shared') return `\u0000${path}`;
  if (kind === 'personal') {
    const prefix = (namespaces?.personal || []).find((space) => space.prefix && path.startsWith(space.prefix))?.prefix ?? '';
    return `${user.toLowerCase()}\u0000${path.toUpperCase() === 'INBOX' ? 'INBOX' : path.slice(prefix.length)}`;
  }
  const owner = ownerOf(path, namespaces) ?? '';
  const space = (namespaces?.other || []).find(({ prefix }) => prefix && path.startsWith(prefix));
  const rest = path.slice((space?.prefix ?? '').length + owner.length + (space?.delimiter ?? '/').length);
  return `${owner.toLowerCase()}\u0000${rest}`;
}
