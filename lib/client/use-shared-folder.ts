'use client';

import { useQuery } from '@tanstack/react-query';
import { isInbox } from '@/lib/ui/folder-tree';
import { api } from './api';
import { queryKeys } from './query-keys';
import { useMailboxes } from './use-mailboxes';

/**
 * Whether people share a folder, so where teammates meet (presence, the team bar and views):
 * someone else's or a public one (RFC 2342), or one of the user's own whose ACL names someone
 * else. The last is asked only for the folder open (GETACL, RFC 4314 §3.3, cached a minute),
 * and only for an ordinary folder: a team's folder is one, while INBOX, Sent or Trash are opened
 * all day and shared almost never, so a folder switch to them asks nothing more.
 */
export function useSharedFolder(mailboxId: string | null): boolean {
  const { data } = useMailboxes();
  const folder = mailboxId === null ? undefined : data?.mailboxes.find((mailbox) => mailbox.id === mailboxId);
  const own =
    folder?.namespace === 'personal' &&
    folder.specialUse === null &&
    !isInbox(folder) &&
    data?.sharing === true &&
    folder.myRights.mayAdmin;
  const { data: acl } = useQuery({
    queryKey: queryKeys.sharing(mailboxId ?? ''),
    queryFn: () => api.getSharing(mailboxId ?? ''),
    enabled: own,
    staleTime: 60_000,
    retry: false,
  });
  if (folder === undefined) return false;
  if (folder.namespace !== 'personal') return true;
  return acl?.entries.some((entry) => entry.identifier.toLowerCase() !== acl.self.toLowerCase()) ?? false;
}
