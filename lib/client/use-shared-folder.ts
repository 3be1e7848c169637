'use client';

import { useMailboxes } from './use-mailboxes';

/**
 * Whether a folder is someone else's or the team's (RFC 2342 other-users or public namespace):
 * where teammates meet, so where presence is told and shown. The owner's own name for a folder
 * they shared is personal, and stays quiet.
 */
export function useSharedFolder(mailboxId: string | null): boolean {
  const { data } = useMailboxes();
  const folder = mailboxId === null ? undefined : data?.mailboxes.find((mailbox) => mailbox.id === mailboxId);
  return folder !== undefined && folder.namespace !== 'personal';
}
