import type { Mailbox } from '@/lib/schemas/mailboxes';
import { SPECIAL_USE_ORDER } from '@/lib/schemas/values';

/** One row of the folder tree, with the folders nested under it. */
export interface FolderNode {
  mailbox: Mailbox;
  /** False for \Noselect / \NonExistent (RFC 3501 §7.2.2, RFC 5258): a group label, not a folder you can open. */
  selectable: boolean;
  children: FolderNode[];
}

export interface FolderTree {
  /** The user's own folders: special-use ones first in a fixed order, then the rest alphabetically. */
  personal: FolderNode[];
  /** Other users' folders shared with this user (RFC 2342 "other users"), grouped by owner: "Shared with me". */
  otherUsers: FolderNode[];
  /** Public folders, owned by nobody (RFC 2342 "shared"), such as a team's support@: "Shared folders". */
  publicFolders: FolderNode[];
}

export function isSelectable(mailbox: Mailbox): boolean {
  return !mailbox.flags.some((flag) => /^\\(noselect|nonexistent)$/i.test(flag));
}

/** INBOX is special by name (RFC 3501 §5.1: case-insensitive), even when the server sends no attribute. */
export function isInbox(mailbox: Mailbox): boolean {
  return mailbox.specialUse === '\\Inbox' || (mailbox.namespace === 'personal' && mailbox.path.toUpperCase() === 'INBOX');
}

function specialRank(mailbox: Mailbox): number {
  if (mailbox.namespace !== 'personal') return -1;
  if (isInbox(mailbox)) return 0;
  return mailbox.specialUse ? SPECIAL_USE_ORDER.indexOf(mailbox.specialUse) : -1;
}

/**
 * Arranges the flat LIST result as the folder column shows it. Special-use folders are lifted
 * to the top level even when the server nests them (Courier-style "INBOX.Sent"), because they
 * belong in the fixed group; their own children stay nested under them.
 */
export function buildFolderTree(mailboxes: readonly Mailbox[], locale?: string): FolderTree {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const nodes = new Map<string, FolderNode>();
  for (const mailbox of mailboxes) nodes.set(mailbox.path, { mailbox, selectable: isSelectable(mailbox), children: [] });

  const roots: FolderNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.mailbox.parent === null ? undefined : nodes.get(node.mailbox.parent);
    // A parent the server did not list (or a self-reference) makes the folder a root rather than vanish.
    if (parent && parent !== node && specialRank(node.mailbox) < 0) parent.children.push(node);
    else roots.push(node);
  }

  const byName = (a: FolderNode, b: FolderNode) =>
    collator.compare(a.mailbox.name, b.mailbox.name) || collator.compare(a.mailbox.path, b.mailbox.path);
  const sortDeep = (list: FolderNode[]) => {
    list.sort(byName);
    for (const node of list) sortDeep(node.children);
    return list;
  };

  const special = roots.filter((node) => specialRank(node.mailbox) >= 0);
  special.sort((a, b) => specialRank(a.mailbox) - specialRank(b.mailbox) || byName(a, b));
  for (const node of special) sortDeep(node.children);

  const ordinary = roots.filter((node) => specialRank(node.mailbox) < 0);
  return {
    personal: [...special, ...sortDeep(ordinary.filter((node) => node.mailbox.namespace === 'personal'))],
    otherUsers: sortDeep(unwrapPrefixes(ordinary.filter((node) => node.mailbox.namespace === 'other'))),
    publicFolders: sortDeep(unwrapPrefixes(ordinary.filter((node) => node.mailbox.namespace === 'shared'))),
  };
}

/**
 * A shared namespace's prefix ("shared/" in Dovecot, "#shared" elsewhere) comes back as a
 * \Noselect root that only repeats the "Shared" heading; show what is inside it instead.
 */
function unwrapPrefixes(roots: FolderNode[]): FolderNode[] {
  return roots.flatMap((node) => (node.selectable || node.children.length === 0 ? [node] : node.children));
}

/** The name a person reads: servers spell INBOX in capitals, people don't. */
export function folderLabel(mailbox: Mailbox): string {
  return isInbox(mailbox) ? 'Inbox' : mailbox.name;
}
