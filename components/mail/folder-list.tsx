import type { FolderNode } from '@/lib/ui/folder-tree';
import { FolderItem } from './folder-item';
import { FolderMenu } from './folder-menu';

interface FolderListProps {
  nodes: readonly FolderNode[];
  selectedId: string | undefined;
  depth?: number;
}

/** Nested lists, so assistive technology hears the hierarchy the indentation shows. */
export function FolderList({ nodes, selectedId, depth = 0 }: FolderListProps) {
  return (
    <ul className="space-y-px">
      {nodes.map((node) => (
        <li key={node.mailbox.path}>
          {/* The row and its menu button side by side: a button cannot sit inside the row's link. */}
          <div className="group/folder relative">
            <FolderItem node={node} depth={depth} selected={node.mailbox.id === selectedId} />
            {node.selectable && node.mailbox.namespace === 'personal' ? <FolderMenu mailbox={node.mailbox} /> : null}
          </div>
          {node.children.length > 0 ? <FolderList nodes={node.children} selectedId={selectedId} depth={depth + 1} /> : null}
        </li>
      ))}
    </ul>
  );
}
