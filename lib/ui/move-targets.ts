import type { Mailbox } from '@/lib/schemas/mailboxes';
import { buildFolderTree, type FolderNode, folderLabel } from './folder-tree';

export interface MoveTarget {
  id: string;
  /** What the menu shows: the folder's name, with its parents for a nested one ("Work / 2026"). */
  label: string;
  mailbox: Mailbox;
}

/**
 * The folders messages can be moved into, in the folder tree's order: selectable ones
 * other than the folder they are in, filtered by what the reader types (any part of the
 * name or path, case-insensitively).
 */
export function moveTargets(mailboxes: readonly Mailbox[], currentId: string | null, filter: string): MoveTarget[] {
  const targets: MoveTarget[] = [];
  const walk = (nodes: readonly FolderNode[], parents: string[]) => {
    for (const node of nodes) {
      const name = folderLabel(node.mailbox);
      const trail = [...parents, name];
      // RFC 4314 `i`: a shared folder the user may not file into is no target.
      if (node.selectable && node.mailbox.id !== currentId && node.mailbox.myRights.mayAddItems) {
        targets.push({ id: node.mailbox.id, label: trail.join(' / '), mailbox: node.mailbox });
      }
      walk(node.children, trail);
    }
  };
  const tree = buildFolderTree(mailboxes);
  walk([...tree.personal, ...tree.otherUsers, ...tree.publicFolders], []);
  const wanted = filter.trim().toLocaleLowerCase();
  if (!wanted) return targets;
  return targets.filter(
    (target) => target.label.toLocaleLowerCase().includes(wanted) || target.mailbox.path.toLocaleLowerCase().includes(wanted),
  );
}
