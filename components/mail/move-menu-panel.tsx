'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { useMailboxes } from '@/lib/client/use-mailboxes';
import { moveTargets } from '@/lib/ui/move-targets';
import { folderIcon } from './folder-icon';

interface MoveMenuPanelProps {
  currentMailboxId: string | null;
  onPick: (mailboxId: string) => void;
  /** Escape, or a pointer down outside the menu and its trigger. */
  onClose: () => void;
}

/**
 * The open "Move to…" picker: it filters as you type, as Gmail's `v` menu does. The field
 * keeps focus; the arrows move through the folders (aria-activedescendant), Enter moves.
 */
export function MoveMenuPanel({ currentMailboxId, onPick, onClose }: MoveMenuPanelProps) {
  const mailboxes = useMailboxes().data?.mailboxes ?? [];
  const [filter, setFilter] = useState('');
  const [active, setActive] = useState(0);
  const panelRef = useRef<HTMLDivElement>(null);
  const id = useId();
  const targets = moveTargets(mailboxes, currentMailboxId, filter);
  const activeIndex = Math.min(active, targets.length - 1);
  const pick = (mailboxId: string) => {
    onClose();
    onPick(mailboxId);
  };

  useEffect(() => {
    const outside = (event: PointerEvent) => {
      if (event.target instanceof Node && !panelRef.current?.parentElement?.contains(event.target)) onClose();
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [onClose]);

  return (
    <div
      ref={panelRef}
      role="dialog"
      aria-label="Move to folder"
      data-testid="move-menu"
      className="absolute right-0 z-40 mt-1 w-72 max-w-[calc(100vw-1rem)] rounded-lg border border-line bg-raised p-1.5 shadow-lg"
    >
      <input
        // biome-ignore lint/a11y/noAutofocus: the menu opens to be typed into, as a combobox does
        autoFocus
        type="text"
        role="combobox"
        aria-expanded="true"
        aria-controls={`${id}-list`}
        aria-activedescendant={targets[activeIndex] ? `${id}-${targets[activeIndex].id}` : undefined}
        aria-label="Filter folders"
        placeholder="Move to…"
        data-testid="move-filter"
        value={filter}
        onChange={(event) => {
          setFilter(event.target.value);
          setActive(0);
        }}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') setActive(Math.min(activeIndex + 1, targets.length - 1));
          else if (event.key === 'ArrowUp') setActive(Math.max(activeIndex - 1, 0));
          else if (event.key === 'Enter' && targets[activeIndex]) pick(targets[activeIndex].id);
          else if (event.key === 'Escape') onClose();
          else return;
          event.preventDefault();
          event.stopPropagation();
        }}
        className="h-8 w-full rounded-md border border-line-strong bg-surface px-2 text-sm text-fg outline-none focus-visible:ring-2 focus-visible:ring-focus"
      />
      <div id={`${id}-list`} role="listbox" aria-label="Folders" className="mt-1 max-h-72 overflow-y-auto">
        {targets.map((target, index) => {
          const Icon = folderIcon(target.mailbox);
          return (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the filter field owns the keys (aria-activedescendant)
            <div
              key={target.id}
              tabIndex={-1}
              id={`${id}-${target.id}`}
              role="option"
              aria-selected={index === activeIndex}
              data-testid="move-target"
              data-path={target.mailbox.path}
              onPointerMove={() => setActive(index)}
              onClick={() => pick(target.id)}
              className="flex h-8 cursor-default items-center gap-2 rounded-md px-2 text-sm text-fg aria-selected:bg-hover"
            >
              <Icon aria-hidden="true" className="size-4 shrink-0 text-muted" />
              <span className="min-w-0 truncate">{target.label}</span>
            </div>
          );
        })}
        {targets.length === 0 ? <p className="px-2 py-1.5 text-sm text-muted">No folder matches</p> : null}
      </div>
    </div>
  );
}
