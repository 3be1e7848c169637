import { HydrationBoundary } from '@tanstack/react-query';
import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { MailShell } from '@/components/mail/mail-shell';
import { mailboxesState } from '@/lib/server/mail-page-state';
import { readerTimeZone } from '@/lib/server/reader-time-zone';
import { currentAccount } from '@/lib/session/current-account';

/** The signed-in area. Reading the session cookie makes every page under /mail per-request. */
export default async function MailLayout({ children }: { children: ReactNode }) {
  const account = await currentAccount();
  if (!account) redirect('/login');
  const session = { user: account.user, host: account.host, port: account.port };
  return (
    <HydrationBoundary state={await mailboxesState(account)}>
      <MailShell session={session} timeZone={await readerTimeZone()}>
        {children}
      </MailShell>
    </HydrationBoundary>
  );
}
