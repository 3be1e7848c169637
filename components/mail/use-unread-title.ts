'use client';

import { useEffect, useRef } from 'react';
import { useMailboxes } from '@/lib/client/use-mailboxes';
import { isInbox } from '@/lib/ui/folder-tree';
import { unreadTitle } from '@/lib/ui/unread-title';

/**
 * The Inbox's unread count in the tab's title, from the folder list (which live events keep
 * current). The page's own title is taken once and put back when the mail view goes.
 */
export function useUnreadTitle(): void {
  const unread = useMailboxes().data?.mailboxes.find(isInbox)?.unseen;
  const pageTitle = useRef<string | null>(null);

  useEffect(() => {
    pageTitle.current ??= document.title;
    document.title = unreadTitle(pageTitle.current, unread);
  }, [unread]);

  useEffect(
    () => () => {
      if (pageTitle.current !== null) document.title = pageTitle.current;
    },
    [],
  );
}
