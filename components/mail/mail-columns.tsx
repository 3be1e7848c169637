'use client';

import type { ReactNode } from 'react';
import { type UrlParts, useUrlValue } from '@/lib/client/url-store';
import { FolderActions } from './folder-actions';
import { FolderPaneHeader } from './folder-pane-header';

const pane = (url: UrlParts) => (new URLSearchParams(url.search).get('pane') === 'folders' ? 'folders' : 'list');

/**
 * The column grid. From 768 px the folder column sits beside the mailbox panes; below it only
 * one shows, chosen by `?pane=folders`, so phone users get a stack the back button understands.
 */
export function MailColumns({ folders, children }: { folders: ReactNode; children: ReactNode }) {
  const shown = useUrlValue(pane);
  return (
    <div data-pane={shown} className="grid min-h-0 flex-1 md:grid-cols-[15rem_minmax(0,1fr)]">
      <nav
        aria-label="Folders"
        className={`flex min-h-0 flex-col bg-canvas md:border-r md:border-line ${shown === 'list' ? 'max-md:hidden' : ''}`}
      >
        <FolderActions>
          <FolderPaneHeader />
          <div className="min-h-0 flex-1 overflow-y-auto overscroll-contain">{folders}</div>
        </FolderActions>
      </nav>
      <main id="mail-main" tabIndex={-1} className={`min-h-0 outline-none ${shown === 'folders' ? 'max-md:hidden' : ''}`}>
        {children}
      </main>
    </div>
  );
}
