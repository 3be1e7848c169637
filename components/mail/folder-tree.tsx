'use client';

import { useMemo } from 'react';
import { useMailboxes } from '@/lib/client/use-mailboxes';
import { buildFolderTree } from '@/lib/ui/folder-tree';
import { FolderList } from './folder-list';
import { FolderTreeError } from './folder-tree-error';
import { FolderTreeSkeleton } from './folder-tree-skeleton';
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

  return (
    <div data-testid="folder-tree" className="px-2 py-3">
      <FolderList nodes={tree.personal} selectedId={mailboxId} />
      {tree.shared.length > 0 ? (
        <section aria-labelledby="shared-folders" className="mt-4">
          <h2 id="shared-folders" className="px-2.5 pb-1 text-xs font-semibold tracking-wide text-muted uppercase">
            Shared
          </h2>
          <FolderList nodes={tree.shared} selectedId={mailboxId} />
        </section>
      ) : null}
    </div>
  );
}
