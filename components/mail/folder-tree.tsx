'use client';

import { useMemo } from 'react';
import { useMailboxes } from '@/lib/client/use-mailboxes';
import { buildFolderTree, type FolderNode } from '@/lib/ui/folder-tree';
import { FolderList } from './folder-list';
import { FolderTreeError } from './folder-tree-error';
import { FolderTreeSkeleton } from './folder-tree-skeleton';
import { OpenSharedButton } from './open-shared-button';
import { useUrlMailboxId } from './use-mail-url';

/** The folder column. It lives in the mail layout, so it keeps its scroll position while you switch folders. */
export function FolderTree() {
  const { data, error, isFetching, refetch } = useMailboxes();
  // From the path, not the route params: folders change by the History API (showFolder). Only
  // the folder: opening a message leaves the tree alone.
  const mailboxId = useUrlMailboxId() ?? undefined;
  const tree = useMemo(() => (data ? buildFolderTree(data.mailboxes) : null), [data]);

  // A failed background refresh keeps showing the folders we have; only a first load that failed shows the error.
  if (!tree) {
    if (error) return <FolderTreeError error={error} retrying={isFetching} onRetry={() => void refetch()} />;
    return <FolderTreeSkeleton />;
  }

  const sharing = data?.sharing ?? false;
  return (
    <div data-testid="folder-tree" className="px-2 py-3">
      <FolderList nodes={tree.personal} selectedId={mailboxId} sharing={sharing} />
      <FolderGroup id="shared-with-me" title="Shared with me" nodes={tree.otherUsers} selectedId={mailboxId} sharing={sharing} />
      <FolderGroup
        id="shared-folders"
        title="Shared folders"
        nodes={tree.publicFolders}
        selectedId={mailboxId}
        sharing={sharing}
      />
      {data?.openByName ? <OpenSharedButton /> : null}
    </div>
  );
}

interface FolderGroupProps {
  id: string;
  title: string;
  nodes: FolderNode[];
  selectedId: string | undefined;
  sharing: boolean;
}

/** A headed group of folders that are not the user's own; nothing when there are none. */
function FolderGroup({ id, title, nodes, selectedId, sharing }: FolderGroupProps) {
  if (nodes.length === 0) return null;
  return (
    <section aria-labelledby={id} className="mt-4" data-testid={id}>
      <h2 id={id} className="px-2.5 pb-1 text-xs font-semibold tracking-wide text-muted uppercase">
        {title}
      </h2>
      <FolderList nodes={nodes} selectedId={selectedId} sharing={sharing} />
    </section>
  );
}
