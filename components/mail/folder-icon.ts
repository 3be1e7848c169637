import { Archive, File, Folder, Inbox, type LucideIcon, Mails, Send, ShieldAlert, Star, Trash2, UserRound } from 'lucide-react';
import type { Mailbox, SpecialUse } from '@/lib/schemas/mailboxes';
import { isInbox } from '@/lib/ui/folder-tree';

const BY_SPECIAL_USE: Record<SpecialUse, LucideIcon> = {
  '\\Inbox': Inbox,
  '\\Drafts': File,
  '\\Sent': Send,
  '\\Archive': Archive,
  '\\Junk': ShieldAlert,
  '\\Trash': Trash2,
  '\\Flagged': Star,
  '\\All': Mails,
};

/**
 * The icon of a folder: by its RFC 6154 special use, or a plain folder. The row that groups
 * another user's shared folders (`shared/alice`, RFC 2342) is that person, not a folder.
 */
export function folderIcon(mailbox: Mailbox): LucideIcon {
  if (mailbox.namespace === 'other' && mailbox.owner !== null && mailbox.name === mailbox.owner) return UserRound;
  if (isInbox(mailbox)) return Inbox;
  return mailbox.specialUse ? BY_SPECIAL_USE[mailbox.specialUse] : Folder;
}
