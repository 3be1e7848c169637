import 'server-only';
import { AppError } from '@/lib/errors/app-error';
import { getAcl } from '@/lib/imap/commands/acl';
import type { ImapLease } from '@/lib/imap/connection/pool';
import { withImap } from '@/lib/imap/connection/pool';
import type { AclResponse } from '@/lib/schemas/sharing';
import type { Account } from '@/lib/session/account';
import { presetOf } from './rights';

/** RFC 4314 §2.1's rights in the order people read them; `c`/`d` are obsolete and never offered. */
const CANONICAL_ORDER = 'lrswipkxtea';
/** Every server with ACL has these (RFC 4314 §2.1); `RIGHTS=` names the rest it distinguishes. */
const BASE_RIGHTS = 'lrswipa';

const NO_ACL = 'This mail server does not support sharing folders (it lacks the IMAP ACL extension, RFC 4314).';

/**
 * Who a folder is shared with (GETACL, RFC 4314 §3.3). Needs the `a` right: without it the
 * server's NO [NOPERM] is a 403, as it should be: only an administrator of a folder may see
 * its sharing.
 */
export function readSharing(account: Account, path: string): Promise<AclResponse> {
  return withImap(account, (lease) => sharingOf(lease, account, path));
}

/** Sharing needs RFC 4314 ACL on the server: refused before any command is sent. */
export function assertSharing({ features }: ImapLease): void {
  if (!features.acl) throw new AppError('UNSUPPORTED', NO_ACL);
}

export async function sharingOf(lease: ImapLease, account: Account, path: string): Promise<AclResponse> {
  assertSharing(lease);
  const { client } = lease;
  const pairs = await getAcl(client, path);
  return {
    entries: pairs.map(({ identifier, rights }) => ({ identifier, rights, preset: presetOf(rights) })),
    rightsOffered: rightsOffered(client.capabilities),
    self: account.user,
  };
}

/** `RIGHTS=texk` (RFC 4314 §2.1) adds to the base rights; listed in canonical order. */
export function rightsOffered(capabilities: Map<string, unknown>): string {
  const extra = [...capabilities.keys()].find((name) => name.toUpperCase().startsWith('RIGHTS='))?.slice(7) ?? '';
  const offered = new Set((BASE_RIGHTS + extra.toLowerCase()).split(''));
  const known = [...CANONICAL_ORDER].filter((letter) => offered.has(letter));
  const unknown = [...offered].filter((letter) => !CANONICAL_ORDER.includes(letter) && !'cd'.includes(letter)).sort();
  return [...known, ...unknown].join('');
}
