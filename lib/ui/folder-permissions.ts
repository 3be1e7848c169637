import type { MyRights } from '@/lib/schemas/sharing';

/** What the message actions of a folder may do, from the user's rights there (RFC 4314). */
export interface FolderPermissions {
  /** Archive, delete, junk, move out: `t` and `e`. */
  remove: boolean;
  /** Mark read or unread: `s`. */
  seen: boolean;
  /** Star, label (any flag or keyword but \Seen and \Deleted): `w`. */
  keywords: boolean;
}

export const ALL_PERMITTED: FolderPermissions = { remove: true, seen: true, keywords: true };

export function permissionsOf(rights: MyRights | undefined): FolderPermissions {
  if (!rights) return ALL_PERMITTED;
  return { remove: rights.mayRemoveItems, seen: rights.maySetSeen, keywords: rights.maySetKeywords };
}

/** Why a control is off, in its tooltip: the reason, not just a grey button. */
export const REFUSED: Record<keyof FolderPermissions, string> = {
  remove: 'Your access to this shared folder does not allow deleting or moving its messages',
  seen: 'Your access to this shared folder does not allow marking messages read or unread',
  keywords: 'Your access to this shared folder does not allow starring or labelling messages',
};
