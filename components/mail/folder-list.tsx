import type { FolderNode } from '@/lib/ui/folder-tree';
import { FolderItem } from './folder-item';

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
          <FolderItem node={node} depth={depth} selected={node.mailbox.id === selectedId} />
          {node.children.length > 0 ? <FolderList nodes={node.children} selectedId={selectedId} depth={depth + 1} /> : null}
        </li>
      ))}
    </ul>
  );
}
