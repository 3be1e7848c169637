'use client';

import type { ReactNode } from 'react';

/**
 * Where the label menu goes (helper E's components/mail/label-menu.tsx, props
 * `{ mailboxId, uidValidity?, uids, flagsOf?, trigger?, open?, onOpenChange? }`): the bulk
 * toolbar and the reading pane's bar render this, and `l` opens it through `open`. Until
 * the menu is wired in, it renders nothing.
 */
export interface LabelSlotProps {
  mailboxId: string;
  uidValidity?: number;
  uids: readonly number[] | string;
  /** The loaded messages' flags, so the menu can tick labels they already carry. */
  flagsOf?: (uid: number) => readonly string[] | undefined;
  trigger?: ReactNode;
  open?: boolean;
  onOpenChange?: (open: boolean) => void;
}

export function LabelSlot(_props: LabelSlotProps): ReactNode {
  return null;
}
