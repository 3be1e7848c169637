import 'server-only';
import { AppError } from '@/lib/errors/app-error';
import { deleteAcl, setAcl } from '@/lib/imap/commands/acl';
import { retireConnectionsOf, withImap } from '@/lib/imap/connection/pool';
import { announceTreeChange } from '@/lib/live/live-hub';
import { AclIdentifier, type AclResponse } from '@/lib/schemas/sharing';
import type { Account } from '@/lib/session/account';
import { assertSharing, sharingOf } from './read-sharing';
import { forgetAllRights } from './rights-cache';
import { publishRoster } from './team-roster';

const OWN_ENTRY = 'You cannot change your own access to a folder here: ask another administrator of it.';

/**
 * Grants `identifier` exactly `rights` on a folder (SETACL, RFC 4314 §3.1), or removes its
 * entry when `rights` is null (DELETEACL, §3.2), and answers the folder's sharing as it is
 * now. One's own entry is refused, as Roundcube does: an administrator who took their own
 * `a` away could not undo it. SETACL replaces rights and DELETEACL removes an entry, so
 * either repeated gives the same result: a dropped connection may retry it once.
 */
export async function changeSharing(
  account: Account,
  path: string,
  identifier: string,
  rights: string | null,
): Promise<AclResponse> {
  const checked = AclIdentifier.safeParse(identifier);
  if (!checked.success) throw new AppError('BAD_REQUEST', checked.error.issues[0]?.message);
  if (identifier.toLowerCase() === account.user.toLowerCase()) throw new AppError('FORBIDDEN', OWN_ENTRY);
  const sharing = await withImap(account, async (lease) => {
    // Without the `a` right the server refuses SETACL/DELETEACL with NO [NOPERM]: a 403, nothing changed.
    assertSharing(lease);
    if (rights === null) await deleteAcl(lease.client, path, identifier);
    else await setAcl(lease.client, path, identifier, rights);
    const after = await sharingOf(lease, account, path);
    await publishRoster(lease, path, after.entries);
    return after;
  });
  forgetAllRights();
  // `anyone`/`authenticated` (RFC 4314 §2) would mean every session of the server: those see the change on their next sign-in.
  retireConnectionsOf(identifier.replace(/^-/, ''), account.host, account.port);
  // The grantee's folder list changed (RFC 4314 `l`): their open streams refresh it.
  announceTreeChange(account, identifier);
  return sharing;
}
