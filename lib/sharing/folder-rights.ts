import 'server-only';
import type { ImapFlow } from 'imapflow';
import { myRights } from '@/lib/imap/commands/acl';
import type { Features } from '@/lib/imap/connection/capabilities';
import type { MyRights } from '@/lib/schemas/sharing';
import type { Account } from '@/lib/session/account';
import { myRightsFrom } from './rights';
import { cachedRights, storeRights } from './rights-cache';

/**
 * The signed-in user's rights in each of `paths` (RFC 4314 MYRIGHTS), from the cache where it
 * has them. Without ACL on the server nothing is asked and every right is assumed (a refusal
 * still comes as NO [NOPERM]). One command per folder: imapflow runs commands one at a time.
 */
export async function folderRights(
  client: ImapFlow,
  features: Features,
  account: Account,
  paths: string[],
): Promise<Map<string, MyRights>> {
  const rights = new Map<string, MyRights>();
  for (const path of paths) {
    if (!features.acl) {
      rights.set(path, myRightsFrom(null));
      continue;
    }
    let raw = cachedRights(account, path);
    if (raw === undefined) {
      raw = await myRights(client, path).catch(refusedAsNone);
      storeRights(account, path, raw);
    }
    rights.set(path, myRightsFrom(raw));
  }
  return rights;
}

/**
 * A folder revoked or deleted between LIST and MYRIGHTS answers NO: it shows with no rights
 * until the next list drops it, rather than failing the whole list. A lost connection still throws.
 */
function refusedAsNone(error: unknown): string {
  if ((error as { responseStatus?: string })?.responseStatus === 'NO') return '';
  throw error;
}
