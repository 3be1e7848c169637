'use client';

import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { showFolder, showMessage } from '@/lib/client/navigation';
import { createNewMailNotifier, type NewMail, showDesktopNotification } from '@/lib/client/new-mail-notifier';
import { useMailboxes } from '@/lib/client/use-mailboxes';
import { useSettings } from '@/lib/client/use-settings';
import type { MessageNewEvent } from '@/lib/schemas/live-events';
import { isInbox } from '@/lib/ui/folder-tree';
import { listHref, mailboxIdFromPath, messageHref, parseListSort } from '@/lib/ui/mail-location';
import { isUnread } from '@/lib/ui/message-summary';

const currentSort = () => parseListSort(new URLSearchParams(window.location.search));

/**
 * What a new message does while the reader looks elsewhere: a desktop notification, when
 * they turned them on and this browser allows them, and only while the tab is hidden (a
 * visible list shows the row). Mail to folders of one's own doing (Sent, Drafts, Trash, …)
 * and mail already read elsewhere say nothing.
 */
export function useNewMailNotifications(): (event: MessageNewEvent) => void {
  const enabled = useSettings().data?.settings.newMailNotifications === true;
  const mailboxes = useMailboxes().data?.mailboxes;
  const [notify] = useState(() =>
    createNewMailNotifier({
      show: showDesktopNotification,
      openMessage: ({ mailboxId, message }: NewMail) => showMessage(messageHref(mailboxId, message.id, currentSort())),
      openFolder: (mailboxId) => {
        if (mailboxIdFromPath(window.location.pathname) !== mailboxId) showFolder(listHref(mailboxId, currentSort()));
      },
    }),
  );
  // Read when mail arrives, from the stream's handler: the newest setting and folder list, one stable callback.
  const latest = useRef({ enabled, mailboxes });
  useLayoutEffect(() => {
    latest.current = { enabled, mailboxes };
  });
  return useCallback(
    ({ mailboxId, message }: MessageNewEvent) => {
      const { enabled, mailboxes } = latest.current;
      if (!enabled || document.visibilityState !== 'hidden' || !isUnread(message)) return;
      const mailbox = mailboxes?.find((candidate) => candidate.id === mailboxId);
      if (mailbox && mailbox.specialUse !== null && !isInbox(mailbox)) return;
      notify({ mailboxId, message });
    },
    [notify],
  );
}
