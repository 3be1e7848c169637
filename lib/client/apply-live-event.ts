import type { QueryClient } from '@tanstack/react-query';
import type { LiveEvent } from '@/lib/schemas/live-events';
import { expungeMessages, insertMessage, setMailboxCounts } from './live-cache';
import { setMessageFlags, writeThroughFetches } from './message-cache';
import { afterOwnChanges } from './own-changes';
import { applyPresence } from './presence-cache';
import { queryKeys } from './query-keys';

/**
 * One live event into the cache, through the same doors as the client's own changes. Row
 * changes are written again once a page fetch under way has landed (writeThroughFetches: it
 * carries the rows as they were when it began), and wait for this tab's own change to the
 * same messages (afterOwnChanges). Only what cannot be patched is fetched again: the folder
 * tree when it changed shape, a mailbox's lists when the server cannot replay its gap.
 */
export function applyLiveEvent(queryClient: QueryClient, { event, data }: LiveEvent): void {
  switch (event) {
    case 'message.new':
      writeThroughFetches(queryClient, data.mailboxId, () => insertMessage(queryClient, data.mailboxId, data.message));
      return;
    case 'message.flags': {
      const { mailboxId, uid, flags, modseq } = data;
      afterOwnChanges(queryClient, mailboxId, [uid], () =>
        writeThroughFetches(queryClient, mailboxId, () => setMessageFlags(queryClient, mailboxId, [{ uid, flags, modseq }])),
      );
      return;
    }
    case 'message.expunge':
      afterOwnChanges(queryClient, data.mailboxId, data.uids, () =>
        writeThroughFetches(queryClient, data.mailboxId, () => expungeMessages(queryClient, data.mailboxId, data.uids)),
      );
      return;
    case 'mailbox':
      writeThroughFetches(queryClient, data.mailboxId, () => setMailboxCounts(queryClient, data.mailboxId, data));
      return;
    case 'mailboxes':
      void queryClient.invalidateQueries({ queryKey: queryKeys.mailboxes() });
      return;
    case 'resync':
      // Its searches too: after a UIDVALIDITY change (RFC 3501 §2.3.1.1) their UIDs name nothing.
      void queryClient.invalidateQueries({ queryKey: queryKeys.messages.mailbox(data.mailboxId) });
      return;
    case 'presence':
      applyPresence(queryClient, data);
      return;
  }
}
