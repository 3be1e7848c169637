'use client';

import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { showFolder, showMessage } from '@/lib/client/navigation';
import {
  createNewMailNotifier,
  inboxCountsNotification,
  type NewMail,
  showDesktopNotification,
} from '@/lib/client/new-mail-notifier';
import type { LiveNews } from '@/lib/client/use-live-events';
import { useMailboxes } from '@/lib/client/use-mailboxes';
import { useSettings } from '@/lib/client/use-settings';
import { isInbox } from '@/lib/ui/folder-tree';
import { listHref, mailboxIdFromPath, messageHref, parseListSort } from '@/lib/ui/mail-location';
import { isUnread } from '@/lib/ui/message-summary';

const currentSort = () => parseListSort(new URLSearchParams(window.location.search));

/**
 * What a new message does while the reader looks elsewhere: a desktop notification, when
 * they turned them on and this browser allows them, and only while the tab is hidden (a
 * visible list shows the row). Mail to folders of one's own doing (Sent, Drafts, Trash, …)
 * and mail already read elsewhere say nothing. While another folder is open, the Inbox's
 * growing counts say how many arrived there.
 */
export function useNewMailNotifications(): LiveNews {
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
  return useMemo(() => {
    const wanted = () => latest.current.enabled && document.visibilityState === 'hidden';
    const mailbox = (mailboxId: string) => latest.current.mailboxes?.find((candidate) => candidate.id === mailboxId);
    return {
      newMail: ({ mailboxId, message }) => {
        if (!wanted() || !isUnread(message)) return;
        const found = mailbox(mailboxId);
        if (found && found.specialUse !== null && !isInbox(found)) return;
        notify({ mailboxId, message });
      },
      counts: ({ mailboxId, total, unseen }, before) => {
        const found = mailbox(mailboxId);
        if (!wanted() || !found || !isInbox(found)) return;
        const request = inboxCountsNotification(before, { total, unseen }, () => showFolder(listHref(mailboxId, currentSort())));
        if (request) showDesktopNotification(request);
      },
    };
  }, [notify]);
}
