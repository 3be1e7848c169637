import 'server-only';
import { getMailboxMetadata, setMailboxMetadata } from '@/lib/imap/commands/metadata';
import type { ImapLease } from '@/lib/imap/connection/pool';
import { withImap } from '@/lib/imap/connection/pool';
import { logger } from '@/lib/log/logger';
import type { AclEntry, RosterResponse } from '@/lib/schemas/sharing';
import type { Account } from '@/lib/session/account';
import { parseRoster, ROSTER_ENTRY, rosterOf } from './team-keywords';

/**
 * Who works in a shared folder, for "Assign to…": the people its ACL lets read it. Members
 * cannot read the ACL (GETACL needs `a`), so an administrator's Letterbox publishes the names
 * into the folder's shared METADATA whenever it changes the sharing, and every member reads
 * them there. A folder shared from another client has no roster until its sharing is next
 * changed here; its members can still take messages themselves.
 */
export function readRoster(account: Account, path: string): Promise<RosterResponse> {
  return withImap(account, async ({ client, features }) => {
    if (!features.metadata) return { members: [] };
    return { members: parseRoster(await getMailboxMetadata(client, path, ROSTER_ENTRY)) };
  });
}

/** After a sharing change, with the ACL as it now is. Best effort: the change itself has happened. */
export async function publishRoster({ client, features }: ImapLease, path: string, entries: readonly AclEntry[]): Promise<void> {
  if (!features.metadata) return;
  try {
    await setMailboxMetadata(client, path, ROSTER_ENTRY, JSON.stringify(rosterOf(entries)));
  } catch (error) {
    logger().warn({ err: error, path }, 'the team roster could not be published');
  }
}
