'use client';

import { MailQuestion } from 'lucide-react';
import dynamic from 'next/dynamic';
import type { ReactNode } from 'react';
import { EmptyState } from '@/components/ui/empty-state';
import { useAnnouncePresence } from '@/lib/client/use-presence';
import { useSharedFolder } from '@/lib/client/use-shared-folder';
import { mailboxId, messageRefFromId } from '@/lib/ids';
import type { MessageSummary } from '@/lib/schemas/message-list';
import type { MessageView } from '@/lib/schemas/message-view';
import { REFUSED } from '@/lib/ui/folder-permissions';
import { isFlagged } from '@/lib/ui/message-summary';
import { BackToList } from './back-to-list';
import { useListActionsContext } from './list-actions-context';
import { MessageHeader, MessageHeaderSkeleton, type ShownHeader } from './message-header';
import { useLoadedMessage } from './message-list-context';
import { PresenceNote } from './presence-note';
import { StarToggle } from './star-toggle';
import { TeamBar } from './team-bar';
import { useOpenMessageView } from './use-open-message-view';

// The action bar loads with the first message opened, after the list; a bar of the same
// height stands in meanwhile so the message below does not move.
const MessageActions = dynamic(() => import('./message-actions').then((module) => module.MessageActions), {
  ssr: false,
  loading: () => <div aria-hidden="true" className="h-11 shrink-0 border-b border-line" />,
});

interface ReadingPaneProps {
  messageId: string;
  /** The folder's IMAP path: a message id names its own folder, and one from another folder is not shown here. */
  path: string;
  /** The body shows this attached message (message/rfc822 part) rather than the message's own body. */
  part: string | null;
  backHref: string;
  backLabel: string;
  /** The message itself (the body component), below the header. */
  children?: ReactNode;
}

/** The header from the message view; its list row stands in until the view arrives, and gives the flags. */
function shownHeader(view: MessageView | undefined, row: MessageSummary | undefined): ShownHeader | null {
  if (view) {
    const hasAttachments = view.attachments.length > 0;
    return { ...view, flags: row?.flags ?? [], hasAttachments };
  }
  return row ? { ...row, replyTo: [], listUnsubscribe: null } : null;
}

/**
 * The open message, whether or not the list has loaded its row: a link to a message far down
 * the folder opens it as well as a click does. The header is drawn from the message view (the
 * row is only its placeholder); the body is whatever the caller passes as children.
 */
export function ReadingPane({ messageId, path, part, backHref, backLabel, children }: ReadingPaneProps) {
  const row = useLoadedMessage(messageId);
  const ref = messageRefFromId(messageId);
  const valid = ref !== null && ref.path === path;
  const { view, error, gone } = useOpenMessageView(messageId, { enabled: valid, fetch: part !== null });
  const header = shownHeader(view, row);
  const actions = useListActionsContext();
  // Teammates in a shared folder see who has it open (presence, design note B.2).
  const shared = useSharedFolder(valid ? mailboxId(ref.path) : null);
  useAnnouncePresence(valid && !gone && part === null ? messageId : null, 'viewing', shared);

  let content: ReactNode;
  if (!valid) {
    content = (
      <EmptyState icon={MailQuestion} title="This message doesn't exist" testId="message-not-found">
        The link is incomplete, or it points to another folder.
      </EmptyState>
    );
  } else if (gone) {
    content = (
      <EmptyState icon={MailQuestion} title="This message doesn't exist" testId="message-not-found">
        It may have been moved or deleted.
      </EmptyState>
    );
  } else {
    content = (
      <>
        {/* Without a header to show, a failed load leaves the body's error alone on screen. */}
        {/* The actions need the row (its UID and flags); an attached message is not a message of the folder. */}
        {row && part === null ? (
          <>
            <MessageActions mailboxId={mailboxId(ref.path)} uidValidity={ref.uidValidity} message={row} />
            <TeamBar mailboxId={mailboxId(ref.path)} uidValidity={ref.uidValidity} message={row} />
            <PresenceNote mailboxId={mailboxId(ref.path)} uid={row.uid} />
          </>
        ) : null}
        {header ? (
          <MessageHeader
            message={header}
            star={
              row && part === null ? (
                <StarToggle
                  starred={isFlagged(row)}
                  onToggle={() => actions.toggleStar(row)}
                  refused={!actions.permissions.keywords && REFUSED.keywords}
                  className="mt-0.5 size-7"
                />
              ) : undefined
            }
          />
        ) : error ? null : (
          <MessageHeaderSkeleton />
        )}
        {children}
      </>
    );
  }

  return (
    <article data-testid="message-view" data-message-id={messageId} className="flex min-h-0 flex-1 flex-col overflow-y-auto">
      <BackToList href={backHref} label={backLabel} />
      {content}
    </article>
  );
}
