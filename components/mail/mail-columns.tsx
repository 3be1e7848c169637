'use client';

import { useSearchParams } from 'next/navigation';
import type { ReactNode } from 'react';
import { FolderActions } from './folder-actions';
import { FolderPaneHeader } from './folder-pane-header';

/**
 * The column grid. From 768 px the folder column sits beside the mailbox panes; below it only
 * one shows, chosen by `?pane=folders`, so phone users get a stack the back button understands.
 */
export function MailColumns({ folders, children }: { folders: ReactNode; children: ReactNode }) {
  const pane = useSearchParams().get('pane') === 'folders' ? 'folders' : 'list';
  return (
    <div data-pane={pane} className="grid min-h-0 flex-1 md:grid-cols-[15rem_minmax(0,1fr)]">
      <nav
        aria-label="Folders"
        className={`flex min-h-0 flex-col bg-canvas md:border-r md:border-line ${pane === 'list' ? 'max-md:hidden' : ''}`}
      >
        <FolderActions>
          <FolderPaneHeader />
          <div className="min-h-0 flex-1 overflow-y-auto overscroll-contain">{folders}</div>
        </FolderActions>
      </nav>
      <main id="mail-main" tabIndex={-1} className={`min-h-0 outline-none ${pane === 'folders' ? 'max-md:hidden' : ''}`}>
        {children}
      </main>
    </div>
  );
}
