'use client';

import { Archive, FolderInput, Mail, MailOpen, Star, Trash2, X } from 'lucide-react';
import { formatCount } from '@/lib/ui/format-counts';
import { NO_SELECTION, selectAll, selectedCount } from '@/lib/ui/selection';
import { ActionButton } from './action-button';
import { LabelSlot } from './label-slot';
import { useListActionsContext } from './list-actions-context';
import { MoveMenu } from './move-menu';
import { useSelection } from './selection-context';

interface BulkToolbarProps {
  mailboxId: string;
  uidValidity?: number;
  total: number;
}

/** Replaces the list's header while messages are ticked: how many, "select all", and what to do with them. */
export function BulkToolbar({ mailboxId, uidValidity, total }: BulkToolbarProps) {
  const { selection, setSelection, menu, setMenu } = useSelection();
  const actions = useListActionsContext();
  const count = selectedCount(selection, total);
  const target = actions.target();
  const rows = new Map((target?.rows ?? []).map((row) => [row.uid, row.flags]));
  return (
    <div
      data-testid="bulk-toolbar"
      role="toolbar"
      aria-label="Selected messages"
      className="flex min-w-0 flex-1 items-center gap-1"
    >
      <ActionButton icon={X} label="Clear selection" onClick={() => setSelection(() => NO_SELECTION)} />
      <p className="min-w-0 truncate text-sm font-semibold text-fg" data-testid="selected-count" aria-live="polite">
        {selection.all ? `All ${formatCount(count)}` : `${formatCount(count)} selected`}
      </p>
      {!selection.all && count < total ? (
        <button
          type="button"
          data-testid="select-all"
          onClick={() => setSelection(selectAll)}
          className="shrink-0 rounded px-1.5 text-xs font-medium text-accent-ink hover:underline focus-ring-inset"
        >
          Select all {formatCount(total)}
        </button>
      ) : null}
      <span className="flex-1" />
      <ActionButton
        icon={Archive}
        label="Archive"
        shortcut="archive"
        data-testid="bulk-archive"
        onClick={() => actions.archive()}
      />
      <ActionButton icon={Trash2} label="Delete" shortcut="delete" data-testid="bulk-delete" onClick={() => actions.delete()} />
      <MoveMenu
        open={menu === 'move'}
        onOpenChange={(open) => setMenu(open ? 'move' : null)}
        currentMailboxId={mailboxId}
        onPick={(to) => actions.moveTo(to)}
        trigger={<ActionButton icon={FolderInput} label="Move to…" shortcut="move" data-testid="bulk-move" />}
      />
      <ActionButton icon={MailOpen} label="Mark as read" shortcut="markRead" onClick={() => actions.markRead(true)} />
      <ActionButton icon={Mail} label="Mark as unread" shortcut="markUnread" onClick={() => actions.markRead(false)} />
      <ActionButton icon={Star} label="Star" shortcut="star" onClick={() => actions.toggleStar()} />
      {target ? (
        <LabelSlot
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
