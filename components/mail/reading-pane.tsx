'use client';

import { MailQuestion } from 'lucide-react';
import type { ReactNode } from 'react';
import { EmptyState } from '@/components/ui/empty-state';
import { messageRefFromId } from '@/lib/ids';
import { BackToList } from './back-to-list';
import { MessageHeader, MessageHeaderSkeleton } from './message-header';
import { useLoadedMessage, useLoadedMessages } from './message-list-context';

interface ReadingPaneProps {
  messageId: string;
  /** The folder's IMAP path: a message id names its own folder, and one from another folder is not shown here. */
  path: string;
  backHref: string;
  backLabel: string;
  /** The message itself (the body component), below the header. */
  children?: ReactNode;
}

/**
 * The open message. The header comes from the list row we already have, so it shows at once;
 * the body is whatever the caller passes as children.
 */
export function ReadingPane({ messageId, path, backHref, backLabel, children }: ReadingPaneProps) {
  const message = useLoadedMessage(messageId);
  const { pending } = useLoadedMessages();
  const ref = messageRefFromId(messageId);

  let content: ReactNode;
  if (message) {
    content = (
      <>
        <MessageHeader message={message} />
        {children}
      </>
    );
  } else if (ref === null || ref.path !== path) {
    content = (
      <EmptyState icon={MailQuestion} title="This message doesn't exist" testId="message-not-found">
        The link is incomplete, or it points to another folder.
      </EmptyState>
    );
  } else if (pending) {
    content = <MessageHeaderSkeleton />;
  } else {
    content = (
      <EmptyState icon={MailQuestion} title="This message isn't in the list" testId="message-not-found">
        It may have been moved or deleted, or it is further down the folder than the list has loaded.
      </EmptyState>
    );
  }

  return (
    <article data-testid="message-view" data-message-id={messageId} className="flex min-h-0 flex-1 flex-col overflow-y-auto">
      <BackToList href={backHref} label={backLabel} />
      {content}
    </article>
  );
}
