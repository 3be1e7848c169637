import type { Mailbox } from '@/lib/schemas/mailboxes';
import { isInbox } from './folder-tree';

export interface FolderMenuItems {
  create: boolean;
  rename: boolean;
  delete: boolean;
  share: boolean;
  /** A folder opened by name leaves the list (the share stays the owner's). */
  forget: boolean;
}

/**
 * What a folder's menu offers, by the folder and the user's rights in it (RFC 4314 via
 * myRights): INBOX is never renamed or deleted here, nor a special-use folder deleted (the
 * server refuses without force); a shared folder offers only what its rights allow, and
 * Sharing needs `a` on a server with ACL.
 */
export function folderMenuItems(mailbox: Mailbox, sharing: boolean): FolderMenuItems {
  const rights = mailbox.myRights;
  const inbox = isInbox(mailbox);
  return {
    create: rights.mayCreateChild,
    rename: !inbox && rights.mayRename,
    delete: !inbox && mailbox.specialUse === null && rights.mayDelete,
    share: sharing && rights.mayAdmin,
    forget: mailbox.openedByName === true,
  };
}

export const offersAny = (items: FolderMenuItems) => items.create || items.rename || items.delete || items.share || items.forget;
