'use client';

import { X } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { closeFoldersPane } from '@/lib/client/navigation';

/** The title bar of the full-screen folder pane on phones. */
export function FolderPaneHeader() {
  return (
    <div className="flex h-14 shrink-0 items-center justify-between border-b border-line px-4 md:hidden">
      <h2 className="text-base font-semibold">Folders</h2>
      <Button variant="ghost" size="icon" aria-label="Close folders" className="-mr-2" onClick={closeFoldersPane}>
        <X aria-hidden="true" className="size-5" />
      </Button>
    </div>
  );
}
