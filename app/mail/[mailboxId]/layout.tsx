import { HydrationBoundary } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { MailPanes } from '@/components/mail/mail-panes';
import { MailboxNotFound } from '@/components/mail/mailbox-not-found';
import { MailboxView } from '@/components/mail/mailbox-view';
import { ReadingPaneEmpty } from '@/components/mail/reading-pane-empty';
import { firstPageState } from '@/lib/server/mail-page-state';
import { readerTimeZone } from '@/lib/server/reader-time-zone';
import { currentAccount } from '@/lib/session/current-account';
import { mailboxParam } from './mailbox-param';

interface MailboxLayoutProps {
  params: Promise<{ mailboxId: string }>;
  children: ReactNode;
}

/**
 * A folder and its open message. The layout (not the page) holds the list, so opening or
 * moving between messages keeps the list mounted, scrolled and loaded. Its first page comes
 * with the HTML once the browser has told its time zone (rows show dates in it).
 */
export default async function MailboxLayout({ params, children }: MailboxLayoutProps) {
  // A malformed id is answered here (the page adds the 404 status); a folder that does not exist, by the list pane.
  const mailbox = await mailboxParam(params);
  if (mailbox === null) {
    return (
      <>
        <MailPanes list={<MailboxNotFound />} reading={<ReadingPaneEmpty />} />
        {children}
      </>
    );
  }
  // The mail layout above has sent anyone signed out to /login.
  const account = await currentAccount();
  const state = account && (await readerTimeZone()) ? await firstPageState(account, mailbox) : undefined;
  return (
    <HydrationBoundary state={state}>
      <MailboxView mailboxId={mailbox.id} path={mailbox.path}>
        {children}
      </MailboxView>
    </HydrationBoundary>
  );
}
