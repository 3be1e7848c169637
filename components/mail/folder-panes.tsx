'use client';

import { type ReactNode, useMemo } from 'react';
import type { Mailbox } from '@/lib/schemas/mailboxes';
import type { MessageSummary } from '@/lib/schemas/message-list';
import { highlightTerms } from '@/lib/search/highlight-terms';
import { folderLabel } from '@/lib/ui/folder-tree';
import { attachedMessageHref, type ListSort, listHref, messageHref } from '@/lib/ui/mail-location';
import { isDeleted } from '@/lib/ui/message-summary';
import { ListActionsProvider } from './list-actions-context';
import { MailPanes } from './mail-panes';
import { MessageBody } from './message-body';
import { type LoadedMessages, LoadedMessagesProvider } from './message-list-context';
import { ReadingPane } from './reading-pane';
import { ReadingPaneEmpty } from './reading-pane-empty';
import { SelectionProvider } from './selection-context';
import { ShortcutHelp } from './shortcut-help';
import { useUrlAttachedPart, useUrlMessageId } from './use-mail-url';

/** The loaded pages' rows in order, each once. */
export function flattenPages(
  pages: readonly { messages: readonly MessageSummary[] }[] | undefined,
  pending: boolean,
): LoadedMessages {
  const messages: MessageSummary[] = [];
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

interface FolderPanesProps {
  mailboxId: string;
  path: string;
  mailbox: Mailbox | undefined;
  sort: ListSort;
  loaded: LoadedMessages;
  /** The rows the list's actions may act on: the folder's, or a search's (across folders, of every folder). */
  actionRows: readonly MessageSummary[];
  uidValidity?: number;
  uidNext?: number;
  /** What can be ticked (selection-context.tsx): the folder's list, a search's rows, or its rows across folders. */
  ticks?: 'folder' | 'rows' | 'across';
  /** What the ticks belong to, when not the folder: a search across folders keeps them while its results open in theirs. */
  selectionScope?: string;
  /** What the phone's back link returns to, when it is not the folder: "Search results". */
  backLabel?: string;
  /** The middle column: the folder's list, or a search's results. */
  list: ReactNode;
  /** The folder left the folder list (deleted, or unshared): an open message of it is not shown on. */
  gone?: boolean;
  children: ReactNode;
}

/**
 * One folder's panes: the list given, and the open message the URL names, with the state they
 * share (the loaded rows, the ticked ones, the actions). It reads the open message from the
 * URL, so moving between messages never remounts the list.
 */
export function FolderPanes(props: FolderPanesProps) {
  const { mailboxId, path, mailbox, sort, loaded, list, children } = props;
  const messageId = useUrlMessageId();
  const part = useUrlAttachedPart();
  const label = mailbox ? folderLabel(mailbox) : path;
  const q = sort.search?.q;
  const marks = useMemo(() => (q ? highlightTerms(q) : []), [q]);
  return (
    <LoadedMessagesProvider value={loaded}>
      <SelectionProvider folder={props.selectionScope ?? mailboxId} messages={loaded.messages} ticks={props.ticks}>
        <ListActionsProvider
          input={{
            mailboxId,
            uidValidity: props.uidValidity,
            uidNext: props.uidNext,
            sort,
            messages: props.actionRows,
            openId: messageId,
            inTrash: mailbox?.specialUse === '\\Trash',
            inDrafts: mailbox?.specialUse === '\\Drafts',
            acrossFolders: props.ticks === 'across',
          }}
        >
          <MailPanes
            messageOpen={messageId !== null}
            list={list}
            reading={
              messageId && !props.gone ? (
                <ReadingPane
                  messageId={messageId}
                  path={path}
                  part={part}
                  backHref={listHref(mailboxId, sort)}
                  backLabel={props.backLabel ?? label}
                >
                  <MessageBody
                    key={`${messageId}/${part ?? ''}`}
                    messageId={messageId}
                    part={part}
                    parentHref={messageHref(mailboxId, messageId, sort)}
                    attachedHref={(attached) => attachedMessageHref(mailboxId, messageId, attached, sort)}
                    marks={marks}
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
}
