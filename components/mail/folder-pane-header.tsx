'use client';

import { FolderPlus, X } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { closeFoldersPane } from '@/lib/client/navigation';
import { useOpenFolderAction } from './folder-actions';

/** The folder pane's title bar: New folder everywhere; on phones, where the pane is full-screen, its close button. */
export function FolderPaneHeader() {
  const open = useOpenFolderAction();
  return (
    <div className="flex h-14 shrink-0 items-center justify-between gap-1 border-b border-line px-4 md:h-10 md:border-b-0 md:px-2 md:pt-2">
      <h2 className="text-base font-semibold md:px-2.5 md:text-xs md:tracking-wide md:text-muted md:uppercase">Folders</h2>
      <div className="flex items-center">
        <Button
          variant="ghost"
          size="icon"
          aria-label="New folder"
          title="New folder"
          data-testid="new-folder-button"
          className="md:size-8"
          onClick={() => open({ kind: 'create', parent: null })}
        >
          <FolderPlus aria-hidden="true" className="size-5 md:size-4" />
        </Button>
        <Button variant="ghost" size="icon" aria-label="Close folders" className="-mr-2 md:hidden" onClick={closeFoldersPane}>
          <X aria-hidden="true" className="size-5" />
        </Button>
      </div>
    </div>
  );
}
