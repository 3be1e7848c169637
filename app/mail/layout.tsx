import { HydrationBoundary } from '@tanstack/react-query';
import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { MailShell } from '@/components/mail/mail-shell';
import { Providers } from '@/components/providers';
import { mailboxesState } from '@/lib/server/mail-page-state';
import { readerTimeZone } from '@/lib/server/reader-time-zone';
import { currentAccount } from '@/lib/session/current-account';
import { sessionInfoOf } from '@/lib/session/session-info';

/** The signed-in area. Reading the session cookie makes every page under /mail per-request. */
export default async function MailLayout({ children }: { children: ReactNode }) {
  const account = await currentAccount();
  if (!account) redirect('/login');
  return (
    <Providers>
      <HydrationBoundary state={await mailboxesState(account)}>
        <MailShell session={sessionInfoOf(account)} timeZone={await readerTimeZone()}>
          {children}
        </MailShell>
      </HydrationBoundary>
    </Providers>
  );
}
