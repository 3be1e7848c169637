import type { DragEvent } from 'react';
import type { MessageSummary } from '@/lib/schemas/message-list';

/** What a row's clicks do, given once by the list so the memoised rows keep the same props. */
export interface RowHandlers {
  /** A click: plain opens the message; shift or ctrl/cmd selects. */
  click: (message: MessageSummary, modifiers: { shift: boolean; toggle: boolean }) => void;
  check: (message: MessageSummary, shift: boolean) => void;
  /** A mouse rests on the row: fetch the message ahead of the likely click (hover-intent.ts). */
  prefetch: (message: MessageSummary) => void;
  star: (message: MessageSummary, starred: boolean) => void;
  /** The messages a drag of this row carries: the selection when the row is in it, else the row alone. */
  dragged: (uid: number) => DraggedMessages;
}

/** What a row drag carries to a folder (use-folder-drop.ts reads it). */
export interface DraggedMessages {
  mailboxId: string;
  uidValidity?: number;
  uids: readonly number[] | string;
  count: number;
}

/** A type of our own: a drag from elsewhere (a file, a link) never reads as messages. */
export const MESSAGES_DRAG_TYPE = 'application/x-letterbox-messages';

export function startRowDrag(event: DragEvent, uid: number, handlers: RowHandlers): void {
  const dragged = handlers.dragged(uid);
  event.dataTransfer.effectAllowed = 'move';
  event.dataTransfer.setData(MESSAGES_DRAG_TYPE, JSON.stringify(dragged));
  event.dataTransfer.setData('text/plain', `${dragged.count} ${dragged.count === 1 ? 'message' : 'messages'}`);
}
