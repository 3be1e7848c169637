'use client';

import dynamic from 'next/dynamic';
import type { ReactNode } from 'react';

// The picker loads when first opened: listing mail never needs it.
const MoveMenuPanel = dynamic(() => import('./move-menu-panel').then((module) => module.MoveMenuPanel), { ssr: false });

interface MoveMenuProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The folder the messages are in: not offered as a destination (null: they are in several). */
  currentMailboxId: string | null;
  onPick: (mailboxId: string) => void;
  /** The button that opens the menu; its clicks are handled here. */
  trigger: ReactNode;
}

/** "Move to…": the trigger, and the folder picker under it while open. */
export function MoveMenu({ open, onOpenChange, currentMailboxId, onPick, trigger }: MoveMenuProps) {
  return (
    <div className="relative">
      {/* biome-ignore lint/a11y/noStaticElementInteractions: the click belongs to the trigger button inside */}
      <span role="presentation" onClick={() => onOpenChange(!open)} onKeyDown={undefined}>
        {trigger}
      </span>
      {open ? <MoveMenuPanel currentMailboxId={currentMailboxId} onPick={onPick} onClose={() => onOpenChange(false)} /> : null}
    </div>
  );
}
