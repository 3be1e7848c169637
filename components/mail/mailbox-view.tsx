'use client';

import { memo, type ReactNode, useMemo } from 'react';
import { useMailboxes } from '@/lib/client/use-mailboxes';
import { useMessages } from '@/lib/client/use-messages';
import { mailboxPathFromId } from '@/lib/ids';
import type { MessagesResponse } from '@/lib/schemas/message-list';
import { folderLabel } from '@/lib/ui/folder-tree';
import { attachedMessageHref, listHref, messageHref } from '@/lib/ui/mail-location';
import { isDeleted } from '@/lib/ui/message-summary';
import { ChangeFailedNotice } from './change-failed-notice';
import { ListActionsProvider } from './list-actions-context';
import { MailPanes } from './mail-panes';
import { MailboxNotFound } from './mailbox-not-found';
import { MessageBody } from './message-body';
import { type LoadedMessages, LoadedMessagesProvider } from './message-list-context';
import { MessageListPane } from './message-list-pane';
import { ReadingPane } from './reading-pane';
import { ReadingPaneEmpty } from './reading-pane-empty';
import { SelectionProvider } from './selection-context';
import { ShortcutHelp } from './shortcut-help';
import { UndoToast } from './undo-toast';
import { useUrlAttachedPart, useUrlMailboxId, useUrlMessageId, useUrlSort } from './use-mail-url';
import { useShownFolder } from './use-shown-folder';

function flatten(pages: readonly MessagesResponse[] | undefined, pending: boolean): LoadedMessages {
  const messages: MessagesResponse['messages'] = [];
  const indexById = new Map<string, number>();
  for (const page of pages ?? []) {
    for (const message of page.messages) {
      // New mail arriving between two pages can shift a row onto the next page too: show it once.
      if (indexById.has(message.id)) continue;
      // Moved away by a server without UIDPLUS, or deleted by another client: kept only until an expunge.
      if (isDeleted(message)) continue;
      indexById.set(message.id, messages.length);
      messages.push(message);
    }
  }
  return { messages, indexById, pending };
}

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
 * One folder: its list and the open message. It reads the open message from the URL, so
 * moving between messages never remounts the list.
 */
const FolderView = memo(function FolderView({ mailboxId, path, children }: MailboxViewProps) {
  const messageId = useUrlMessageId();
  const sort = useUrlSort();
  const { sort: sortKey, order } = sort;
  const part = useUrlAttachedPart();

  const mailboxes = useMailboxes();
  const mailbox = mailboxes.data?.mailboxes.find((candidate) => candidate.id === mailboxId);
  const query = useMessages(mailboxId, sortKey, order);
  const loaded = useMemo(() => flatten(query.data?.pages, query.isPending), [query.data, query.isPending]);
  const label = mailbox ? folderLabel(mailbox) : path;
  const first = query.data?.pages[0];

  return (
    <LoadedMessagesProvider value={loaded}>
      <SelectionProvider folder={mailboxId} messages={loaded.messages}>
        <ListActionsProvider
          input={{
            mailboxId,
            uidValidity: first?.uidValidity,
            uidNext: first?.uidNext,
            sort,
            messages: loaded.messages,
            openId: messageId,
            inTrash: mailbox?.specialUse === '\\Trash',
            inDrafts: mailbox?.specialUse === '\\Drafts',
          }}
        >
          <MailPanes
            messageOpen={messageId !== null}
            list={
              <MessageListPane
                mailboxId={mailboxId}
                path={path}
                mailbox={mailbox}
                mailboxesLoaded={mailboxes.data !== undefined}
                sort={sort}
                selectedId={messageId}
                query={query}
              />
            }
            reading={
              messageId ? (
                <ReadingPane messageId={messageId} path={path} part={part} backHref={listHref(mailboxId, sort)} backLabel={label}>
                  <MessageBody
                    key={`${messageId}/${part ?? ''}`}
                    messageId={messageId}
                    part={part}
                    parentHref={messageHref(mailboxId, messageId, sort)}
                    attachedHref={(attached) => attachedMessageHref(mailboxId, messageId, attached, sort)}
                  />
                </ReadingPane>
              ) : (
                <ReadingPaneEmpty />
              )
            }
          />
          <ShortcutHelp />
          {/* The pages below render nothing of their own: the URL they answer to is drawn above. */}
          {children}
        </ListActionsProvider>
      </SelectionProvider>
    </LoadedMessagesProvider>
  );
});
