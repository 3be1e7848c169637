import { getAclDirect, setAclDirect } from '../../../scripts/harness/direct-acl';
import { withDirectImap } from '../../../scripts/harness/direct-imap';
import type { TestAccount } from './accounts';

/** A folder's ACL as the owner's own IMAP session reads it (GETACL), not through the app. */
export function aclOnServer(owner: TestAccount, path: string): Promise<Record<string, string>> {
  return withDirectImap(owner, (imap) => getAclDirect(imap, path));
}

/** Shares `path` of `owner` as another client would (Thunderbird's sharing tab): SETACL. */
export function shareOnServer(owner: TestAccount, path: string, identifier: string, rights: string): Promise<void> {
  return withDirectImap(owner, (imap) => setAclDirect(imap, path, identifier, rights));
}
