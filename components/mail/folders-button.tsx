'use client';

import { Menu } from 'lucide-react';
import { Button } from '@/components/ui/button';
import { openFoldersPane } from '@/lib/client/navigation';

/** Phones only: opens the folder tree over the list. Wider screens always show the folder column. */
export function FoldersButton() {
  return (
    <Button variant="ghost" size="icon" aria-label="Folders" className="-ml-2 md:hidden" onClick={openFoldersPane}>
      <Menu aria-hidden="true" className="size-5" />
    </Button>
  );
}
