'use client';

import { EyeOff, FolderPlus, type LucideIcon, MoreHorizontal, Pencil, Trash2, Users } from 'lucide-react';
import { type KeyboardEvent, memo, type ReactNode, useId, useRef } from 'react';
import { useForgetSharedFolder } from '@/lib/client/use-shared-folder-list';
import type { Mailbox } from '@/lib/schemas/mailboxes';
import type { FolderMenuItems } from '@/lib/ui/folder-menu-items';
import { folderLabel } from '@/lib/ui/folder-tree';
import { type FolderAction, useOpenFolderAction } from './folder-actions';

const itemClass =
  'flex w-full items-center gap-2.5 rounded px-2.5 py-1.5 text-left text-sm hover:bg-hover focus:bg-hover focus:outline-none';

interface MenuItemProps {
  icon: LucideIcon;
  onClick: () => void;
  /** The destructive item: red, icon and all. */
  danger?: boolean;
  testId?: string;
  children: ReactNode;
}

function MenuItem({ icon: Icon, onClick, danger, testId, children }: MenuItemProps) {
  return (
    <button
      type="button"
      role="menuitem"
      className={`${itemClass} ${danger ? 'text-danger' : 'text-fg'}`}
      data-testid={testId}
      onClick={onClick}
    >
      <Icon aria-hidden="true" className={danger ? 'size-4' : 'size-4 text-muted'} /> {children}
    </button>
  );
}

/**
 * A folder row's actions, in the browser's popover (light dismiss, Escape, focus back to the
 * button). Arrow keys move between the items, as in any menu; which items, folderMenuItems()
 * decides. Memoised with the row, so a folder switch leaves it alone.
 */
export const FolderMenu = memo(function FolderMenu({ mailbox, items }: { mailbox: Mailbox; items: FolderMenuItems }) {
  const open = useOpenFolderAction();
  const forget = useForgetSharedFolder();
  const menuId = useId();
  const menu = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const label = folderLabel(mailbox);

  const choose = (action: FolderAction) => {
    menu.current?.hidePopover();
    // The dialog gives focus back to what had it when it opened: the row's button, not a hidden menu item.
    button.current?.focus();
    open(action);
  };

  // The popover lives in the top layer: place it under the button each time it opens.
  const place = () => {
    const rect = button.current?.getBoundingClientRect();
    if (!rect || !menu.current) return;
    menu.current.style.top = `${Math.min(rect.bottom + 4, window.innerHeight - 140)}px`;
    menu.current.style.left = `${Math.max(8, Math.min(rect.right - 192, window.innerWidth - 200))}px`;
  };

  const moveFocus = (event: KeyboardEvent<HTMLDivElement>) => {
    // Keys in the menu are the menu's: the page's shortcuts on the document would take Escape and the arrows (dialog.tsx says why this way).
    event.nativeEvent.stopImmediatePropagation();
    const items = [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: items.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    items.at(next % items.length)?.focus();
  };

  return (
    <>
      <button
        ref={button}
        type="button"
        popoverTarget={menuId}
        aria-haspopup="menu"
        aria-label={`Actions for ${label}`}
        data-testid="folder-menu-button"
        onClick={place}
        className="absolute top-1/2 right-0.5 flex size-7 -translate-y-1/2 items-center justify-center rounded text-muted opacity-0 group-hover/folder:opacity-100 hover:bg-hover hover:text-fg focus-visible:opacity-100 pointer-coarse:opacity-100 focus-ring-inset"
      >
        <MoreHorizontal aria-hidden="true" className="size-4" />
      </button>
      <div
        ref={menu}
        id={menuId}
        popover="auto"
        role="menu"
        aria-label={`Actions for ${label}`}
        data-testid="folder-menu"
        onKeyDown={moveFocus}
        onToggle={(event) => {
          if ((event as unknown as ToggleEvent).newState === 'open')
            menu.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
        }}
        className="fixed m-0 w-48 rounded-lg border border-line-strong bg-raised p-1 text-fg shadow-lg"
      >
        {items.create ? (
          <MenuItem icon={FolderPlus} onClick={() => choose({ kind: 'create', parent: mailbox })}>
            New subfolder
          </MenuItem>
        ) : null}
        {items.share ? (
          <MenuItem icon={Users} testId="folder-menu-share" onClick={() => choose({ kind: 'share', mailbox })}>
            Sharing…
          </MenuItem>
        ) : null}
        {items.rename ? (
          <MenuItem icon={Pencil} onClick={() => choose({ kind: 'rename', mailbox })}>
            Rename
          </MenuItem>
        ) : null}
        {items.forget ? (
          <MenuItem
            icon={EyeOff}
            testId="folder-menu-forget"
            onClick={() => {
              menu.current?.hidePopover();
              forget.mutate(mailbox.id);
            }}
          >
            Remove from list
          </MenuItem>
        ) : null}
        {items.delete ? (
          <MenuItem icon={Trash2} danger onClick={() => choose({ kind: 'delete', mailbox })}>
            Delete
          </MenuItem>
        ) : null}
      </div>
    </>
  );
});
