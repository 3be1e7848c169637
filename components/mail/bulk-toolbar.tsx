'use client';

import { Archive, FolderInput, Mail, MailOpen, Star, Trash2, X } from 'lucide-react';
import { REFUSED } from '@/lib/ui/folder-permissions';
import { formatCount } from '@/lib/ui/format-counts';
import { isUnread } from '@/lib/ui/message-summary';
import { NO_SELECTION, selectedCount } from '@/lib/ui/selection';
import { ActionButton } from './action-button';
import { LabelMenu } from './label-menu';
import { useListActionsContext } from './list-actions-context';
import { MoveMenu } from './move-menu';
import { useSelection } from './selection-context';

interface BulkToolbarProps {
  mailboxId: string;
  uidValidity?: number;
  total: number;
}

/** Replaces the list's header while messages are ticked: how many, and what to do with them. */
export function BulkToolbar({ mailboxId, uidValidity, total }: BulkToolbarProps) {
  const { selection, setSelection, menu, setMenu } = useSelection();
  const actions = useListActionsContext();
  const count = selectedCount(selection, total);
  const target = actions.target();
  const rows = new Map((target?.rows ?? []).map((row) => [row.uid, row.flags]));
  const anyUnread = selection.all || (target?.rows ?? []).some(isUnread);
  const { remove, seen, keywords } = actions.permissions;
  return (
    <div
      data-testid="bulk-toolbar"
      role="toolbar"
      aria-label="Selected messages"
      className="flex min-w-0 flex-1 items-center gap-0.5"
    >
      <ActionButton icon={X} label="Clear selection" onClick={() => setSelection(() => NO_SELECTION)} />
      <p className="shrink-0 text-sm font-semibold text-fg" data-testid="selected-count" aria-live="polite">
        {selection.all ? `All ${formatCount(count)}` : `${formatCount(count)} selected`}
      </p>
      <span className="min-w-0 flex-1" />
      <ActionButton
        icon={Archive}
        label="Archive"
        shortcut="archive"
        data-testid="bulk-archive"
        refused={!remove && REFUSED.remove}
        onClick={() => actions.archive()}
      />
      <ActionButton
        icon={Trash2}
        label={actions.inTrash ? 'Delete forever' : 'Delete'}
        shortcut="delete"
        data-testid="bulk-delete"
        refused={!remove && REFUSED.remove}
        onClick={() => actions.delete()}
      />
      <MoveMenu
        open={menu === 'move'}
        onOpenChange={(open) => setMenu(open ? 'move' : null)}
        // Across folders any folder is a destination (rows already there stay: use-results-actions.ts).
        currentMailboxId={actions.acrossFolders ? null : mailboxId}
        onPick={(to) => actions.moveTo(to)}
        trigger={
          <ActionButton
            icon={FolderInput}
            label="Move to…"
            shortcut="move"
            data-testid="bulk-move"
            refused={!remove && REFUSED.remove}
          />
        }
      />
      {/* One of the two, as Gmail shows it: read while any ticked message is unread (or not loaded), else unread. */}
      {anyUnread ? (
        <ActionButton
          icon={MailOpen}
          label="Mark as read"
          shortcut="markRead"
          data-testid="bulk-read"
          refused={!seen && REFUSED.seen}
          onClick={() => actions.markRead(true)}
        />
      ) : (
        <ActionButton
          icon={Mail}
          label="Mark as unread"
          shortcut="markUnread"
          data-testid="bulk-unread"
          refused={!seen && REFUSED.seen}
          onClick={() => actions.markRead(false)}
        />
      )}
      <ActionButton
        icon={Star}
        label="Star"
        shortcut="star"
        refused={!keywords && REFUSED.keywords}
        onClick={() => actions.toggleStar()}
      />
      {/* Labels are one folder's keywords on its UIDs; across folders they are set on an opened result. */}
      {target && !actions.acrossFolders && keywords ? (
        <LabelMenu
          mailboxId={mailboxId}
          uidValidity={uidValidity}
          uids={target.uids}
          flagsOf={(uid) => rows.get(uid)}
          open={menu === 'label'}
          onOpenChange={(open) => setMenu(open ? 'label' : null)}
        />
      ) : null}
    </div>
  );
}
