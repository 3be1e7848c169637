'use client';

import { FolderInput } from 'lucide-react';
import { useOpenFolderAction } from './folder-actions';

/** At the foot of the folder tree: a folder someone shared that the server does not list. */
export function OpenSharedButton() {
  const open = useOpenFolderAction();
  return (
    <button
      type="button"
      data-testid="open-shared-button"
      onClick={() => open({ kind: 'open-shared' })}
      className="mt-4 flex w-full items-center gap-2 rounded-md px-2.5 py-1.5 text-left text-xs text-muted hover:bg-hover hover:text-fg"
    >
      <FolderInput aria-hidden="true" className="size-4" /> Open a shared folder…
    </button>
  );
}
