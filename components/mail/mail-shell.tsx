import type { ReactNode } from 'react';
import { ComposeHost } from '@/components/compose/compose-host';
import type { SessionInfo } from '@/lib/schemas/session';
import { FolderTree } from './folder-tree';
import { LiveMail } from './live-mail';
import { MailColumns } from './mail-columns';
import { ReaderTimeZoneProvider } from './reader-time-zone';
import { TopBar } from './top-bar';
import { UrlSync } from './url-sync';

/** The signed-in frame: top bar, folder column, the mailbox panes the page renders, and the open folder kept live. */
export function MailShell({
  session,
  timeZone,
  children,
}: {
  session: SessionInfo;
  timeZone: string | null;
  children: ReactNode;
}) {
  return (
    <UrlSync>
      <ReaderTimeZoneProvider zone={timeZone}>
        <div className="flex h-dvh flex-col">
          <TopBar session={session} />
          <MailColumns folders={<FolderTree />}>{children}</MailColumns>
        </div>
        <LiveMail />
        <ComposeHost address={session.address} />
      </ReaderTimeZoneProvider>
    </UrlSync>
  );
}
