'use client';

import { useQueryClient } from '@tanstack/react-query';
import { memo } from 'react';
import { showFolder } from '@/lib/client/navigation';
import { messagesQuery } from '@/lib/client/use-messages';
import { type FolderNode, folderLabel } from '@/lib/ui/folder-tree';
import { formatCount } from '@/lib/ui/format-counts';
import { hoverIntent } from '@/lib/ui/hover-intent';
import { DEFAULT_SORT } from '@/lib/ui/mail-location';
import { folderIcon } from './folder-icon';
import { useFolderDrop } from './use-folder-drop';

interface FolderItemProps {
  node: FolderNode;
  depth: number;
  selected: boolean;
}

// Taller rows on phones, where the tree is a full-screen list for fingers rather than a dense column.
// pr-9 leaves room for the folder menu's button (folder-menu.tsx), which sits over the row's right end.
const row = 'flex h-10 md:h-8 items-center gap-2.5 rounded-md pr-9 text-sm focus-ring-inset';

/**
 * One folder row: icon, name (bold while it has unread mail), unread count; a link unless it is
 * a \Noselect group. Memoised: a folder switch re-renders only the two rows whose `selected` changed.
 */
export const FolderItem = memo(function FolderItem({ node, depth, selected }: FolderItemProps) {
  const queryClient = useQueryClient();
  const { mailbox } = node;
  // RFC 4314 `i`: nothing can be dropped into a shared folder the user may not file into.
  const dropProps = useFolderDrop(mailbox, node.selectable && mailbox.myRights.mayAddItems);
  // The list's request starts with the press, alongside the page's own navigation, not after it.
  const prefetchList = () =>
    void queryClient.prefetchInfiniteQuery(messagesQuery(mailbox.id, DEFAULT_SORT.sort, DEFAULT_SORT.order));
  const label = folderLabel(mailbox);
  const unread = mailbox.unseen ?? 0;
  const Icon = folderIcon(mailbox);
  // Indent by depth in the tree (not by delimiter count), so lifted special-use folders sit flush.
  const indent = { paddingInlineStart: `${0.625 + depth * 1.125}rem` };

  if (!node.selectable) {
    return (
      <span
        data-testid="mailbox-item"
        data-path={mailbox.path}
        data-selectable="false"
        style={indent}
        className={`${row} text-muted`}
      >
        <Icon aria-hidden="true" className="size-4 shrink-0" />
        <span className="min-w-0 flex-1 truncate">{label}</span>
      </span>
    );
  }

  const href = `/mail/${mailbox.id}`;
  return (
    <a
      href={href}
      data-testid="mailbox-item"
      data-path={mailbox.path}
      aria-current={selected ? 'page' : undefined}
      {...dropProps}
      // A mouse resting on the folder starts its list before the press (hover-intent.ts).
      onPointerEnter={(event) => hoverIntent.enter(event, prefetchList)}
      onPointerLeave={hoverIntent.leave}
      onPointerDown={prefetchList}
      onClick={(event) => {
        // A plain click changes the URL only; a modified one (new tab, window) stays the browser's.
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        prefetchList();
        showFolder(href);
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') prefetchList();
      }}
      // The count alone would read as "Inbox 56"; the name says what the number means.
      aria-label={unread > 0 ? `${label}, ${formatCount(unread)} unread` : undefined}
      style={indent}
      className={`${row} ${
        selected ? 'bg-accent-soft text-accent-ink' : 'text-fg hover:bg-hover'
      } data-[drop-over=true]:ring-2 data-[drop-over=true]:ring-focus ${unread > 0 ? 'font-semibold' : ''}`}
    >
      <Icon aria-hidden="true" className={`size-4 shrink-0 ${selected ? '' : 'text-muted'}`} />
      <span className="min-w-0 flex-1 truncate">{label}</span>
      {unread > 0 ? (
        <span data-testid="mailbox-unread" className="shrink-0 text-xs tabular-nums">
          {formatCount(unread)}
        </span>
      ) : null}
    </a>
  );
});
