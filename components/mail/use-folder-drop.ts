'use client';

import { useQueryClient } from '@tanstack/react-query';
import { type DragEvent, useState } from 'react';
import { performOperation } from '@/lib/client/perform-operation';
import type { Mailbox } from '@/lib/schemas/mailboxes';
import { type DraggedMessages, MESSAGES_DRAG_TYPE } from './row-handlers';

/**
 * Makes a folder of the tree a drop target for message rows (row-handlers.ts puts what a drag
 * carries): the drop is one move operation, with its optimistic removal and its Undo.
 * Returns the props to spread on the folder's element and whether a drag is over it.
 */
export function useFolderDrop(mailbox: Mailbox, enabled: boolean) {
  const queryClient = useQueryClient();
  const [over, setOver] = useState(false);
  const carriesMessages = (event: DragEvent) => enabled && event.dataTransfer.types.includes(MESSAGES_DRAG_TYPE);

  const dropProps = {
    'data-drop-over': over || undefined,
    onDragOver: (event: DragEvent) => {
      if (!carriesMessages(event)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
      setOver(true);
    },
    onDragLeave: () => setOver(false),
    onDrop: (event: DragEvent) => {
      setOver(false);
      if (!carriesMessages(event)) return;
      event.preventDefault();
      const dragged = JSON.parse(event.dataTransfer.getData(MESSAGES_DRAG_TYPE)) as DraggedMessages;
      // Onto the folder they are already in: nothing to do.
      if (dragged.mailboxId === mailbox.id) return;
      void performOperation(queryClient, {
        kind: 'move',
        action: 'move',
        mailboxId: dragged.mailboxId,
        uidValidity: dragged.uidValidity,
        uids: dragged.uids,
        to: mailbox.id,
      });
    },
  };
  return dropProps;
}
