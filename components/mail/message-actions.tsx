'use client';

import { Archive, FolderInput, Mail, ShieldAlert, Trash2 } from 'lucide-react';
import { ReplyButtons } from '@/components/compose/reply-buttons';
import type { MessageSummary } from '@/lib/schemas/message-list';
import { REFUSED } from '@/lib/ui/folder-permissions';
import { hasSelection } from '@/lib/ui/selection';
import { ActionButton } from './action-button';
import { LabelMenu } from './label-menu';
import { useListActionsContext } from './list-actions-context';
import { MoveMenu } from './move-menu';
import { useSelection } from './selection-context';

interface MessageActionsProps {
  mailboxId: string;
  uidValidity?: number;
  message: MessageSummary;
}

/** The open message's actions, above its header: reply, reply all, forward; archive, delete, junk, move, mark unread, label. */
export function MessageActions({ mailboxId, uidValidity, message }: MessageActionsProps) {
  const actions = useListActionsContext();
  const { selection, menu, setMenu } = useSelection();
  // With rows ticked, v and l open the toolbar's menus for them; this bar's are for its own message.
  const own = !hasSelection(selection);
  const { remove, seen, keywords } = actions.permissions;
  return (
    <div
      role="toolbar"
      aria-label="Message actions"
      data-testid="message-actions"
      className="flex h-11 shrink-0 items-center border-b border-line px-1 sm:gap-0.5 sm:px-2 md:px-4"
    >
      <ReplyButtons messageId={message.id} isDraft={actions.inDrafts} />
      <span aria-hidden="true" className="mx-0.5 h-5 w-px bg-line sm:mx-1" />
      <ActionButton
        icon={Archive}
        label="Archive"
        shortcut="archive"
        data-testid="action-archive"
        refused={!remove && REFUSED.remove}
        onClick={() => actions.archive(message)}
      />
      <ActionButton
        icon={Trash2}
        label={actions.inTrash ? 'Delete forever' : 'Delete'}
        shortcut="delete"
        data-testid="action-delete"
        refused={!remove && REFUSED.remove}
        onClick={() => actions.delete(message)}
      />
      <ActionButton
        icon={ShieldAlert}
        label="Mark as junk"
        shortcut="junk"
        data-testid="action-junk"
        refused={!remove && REFUSED.remove}
        onClick={() => actions.junk(message)}
      />
      <MoveMenu
        open={own && menu === 'move'}
        onOpenChange={(open) => setMenu(open ? 'move' : null)}
        currentMailboxId={mailboxId}
        onPick={(to) => actions.moveTo(to, message)}
        trigger={
          <ActionButton
            icon={FolderInput}
            label="Move to…"
            shortcut="move"
            data-testid="action-move"
            refused={!remove && REFUSED.remove}
          />
        }
      />
      <ActionButton
        icon={Mail}
        label="Mark as unread"
        shortcut="markUnread"
        data-testid="action-unread"
        refused={!seen && REFUSED.seen}
        onClick={() => actions.markRead(false, message)}
      />
      {keywords ? (
        <LabelMenu
          mailboxId={mailboxId}
          uidValidity={uidValidity}
          uids={[message.uid]}
          flagsOf={(uid) => (uid === message.uid ? message.flags : undefined)}
          open={own && menu === 'label'}
          onOpenChange={(open) => setMenu(open ? 'label' : null)}
        />
      ) : null}
    </div>
  );
}
