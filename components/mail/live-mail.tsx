'use client';

import { useLiveEvents } from '@/lib/client/use-live-events';
import { ConnectionBanner } from './connection-banner';
import { useUrlMailboxId, useUrlSort } from './use-mail-url';
import { useNewMailNotifications } from './use-new-mail-notifications';
import { useUnreadTitle } from './use-unread-title';

/**
 * The open folder kept live, once for the signed-in shell: its changes by other clients show
 * as they happen (the stream follows the folder the URL names, whose list is the one drawn
 * once its first page is in), the tab's title carries the Inbox's unread count, new mail
 * notifies a hidden tab, and the banner says when none of that is working.
 */
export function LiveMail() {
  const news = useNewMailNotifications();
  const state = useLiveEvents(useUrlMailboxId(), useUrlSort(), news);
  useUnreadTitle();
  return <ConnectionBanner state={state} />;
}
