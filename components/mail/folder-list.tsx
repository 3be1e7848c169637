import { folderMenuItems, offersAny } from '@/lib/ui/folder-menu-items';
import type { FolderNode } from '@/lib/ui/folder-tree';
import { FolderItem } from './folder-item';
import { FolderMenu } from './folder-menu';

interface FolderListProps {
  nodes: readonly FolderNode[];
  selectedId: string | undefined;
  /** The server can share folders (MailboxesResponse.sharing). */
  sharing: boolean;
  depth?: number;
}

/** Nested lists, so assistive technology hears the hierarchy the indentation shows. */
export function FolderList({ nodes, selectedId, sharing, depth = 0 }: FolderListProps) {
  return (
    <ul className="space-y-px">
      {nodes.map((node) => {
        const items = folderMenuItems(node.mailbox, sharing);
        return (
          <li key={node.mailbox.path}>
            {/* The row and its menu button side by side: a button cannot sit inside the row's link. */}
            <div className="group/folder relative">
              <FolderItem node={node} depth={depth} selected={node.mailbox.id === selectedId} />
              {node.selectable && offersAny(items) ? <FolderMenu mailbox={node.mailbox} items={items} /> : null}
            </div>
            {node.children.length > 0 ? (
              <FolderList nodes={node.children} selectedId={selectedId} sharing={sharing} depth={depth + 1} />
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
