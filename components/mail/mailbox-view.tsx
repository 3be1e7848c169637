'use client';

import { memo, type ReactNode } from 'react';
import { SearchResultsView } from '@/components/search/search-results-view';
import { useMailboxes } from '@/lib/client/use-mailboxes';
import { mailboxPathFromId } from '@/lib/ids';
import { ChangeFailedNotice } from './change-failed-notice';
import { FolderListView } from './folder-list-view';
import { MailPanes } from './mail-panes';
import { MailboxNotFound } from './mailbox-not-found';
import { ReadingPaneEmpty } from './reading-pane-empty';
import { UndoToast } from './undo-toast';
import { useUrlMailboxId, useUrlSort } from './use-mail-url';
import { useShownFolder } from './use-shown-folder';

interface MailboxViewProps {
  mailboxId: string;
  path: string;
  children: ReactNode;
}

/**
 * The folder the URL names. Folders change by the History API (showFolder), which moves
 * the URL but not the server layout's params, so the folder is read from the path
 * (use-mail-url.ts); the props are the one the page was loaded with. A switch draws the next
 * folder once its rows are in (use-shown-folder.ts); until then the previous folder stays drawn.
 * The view is not keyed by folder: its panes stay mounted and only the list starts afresh
 * (keyed inside), while per-folder state resets itself (selection-context.tsx).
 */
export function MailboxView({ mailboxId: loaded, path: loadedPath, children }: MailboxViewProps) {
  const wanted = useUrlMailboxId() ?? loaded;
  const { shown: mailboxId, switching } = useShownFolder(wanted, useUrlSort());
  const path = mailboxId === loaded ? loadedPath : mailboxPathFromId(mailboxId);
  if (path === null || (wanted !== loaded && mailboxPathFromId(wanted) === null)) {
    return <MailPanes list={<MailboxNotFound />} reading={<ReadingPaneEmpty />} />;
  }
  return (
    <>
      {/* While the next folder loads, this one stays whole and usable: a click on one of its rows
          opens that message in it (the URL moves back), so nothing here acts on the wrong folder. */}
      <div className="contents" aria-busy={switching || undefined} data-testid="folder-view">
        <FolderView mailboxId={mailboxId} path={path}>
          {children}
        </FolderView>
      </div>
      {/* Outside the folder view: a refusal still shows after a switch to another folder. */}
      <ChangeFailedNotice />
      <UndoToast />
    </>
  );
}

/**
 * One folder: its list, or the search the URL carries in its place (issue 15), and the open
 * message. Both read the folder list for the folder's name and special use.
 */
const FolderView = memo(function FolderView({ mailboxId, path, children }: MailboxViewProps) {
  const sort = useUrlSort();
  const mailboxes = useMailboxes();
  const mailbox = mailboxes.data?.mailboxes.find((candidate) => candidate.id === mailboxId);
  const view = { mailboxId, path, mailbox, mailboxesLoaded: mailboxes.data !== undefined, sort };
  return sort.search ? (
    <SearchResultsView {...view} search={sort.search}>
      {children}
    </SearchResultsView>
  ) : (
    <FolderListView {...view}>{children}</FolderListView>
  );
});
