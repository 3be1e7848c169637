import type { SharingPreset } from '@/lib/schemas/sharing';

/** What each preset lets a teammate do, as the Sharing dialog names it. */
export const PRESET_LABELS: Record<SharingPreset, string> = {
  read: 'Read',
  triage: 'Triage (star, label, assign)',
  contribute: 'Contribute (file in, delete)',
  manage: 'Manage (subfolders too)',
  admin: 'Admin (can share)',
};

/** RFC 4314 §2.1's rights in words, for the Advanced view; a letter not listed shows as itself. */
export const RIGHT_LABELS: Record<string, string> = {
  l: 'See the folder',
  r: 'Read messages',
  s: 'Keep read / unread',
  w: 'Star, label, assign',
  i: 'File messages in',
  p: 'Send mail to it',
  k: 'Create subfolders',
  x: 'Rename or delete the folder',
  t: 'Mark messages deleted',
  e: 'Remove deleted messages',
  a: 'Change the sharing',
};
