import { redirect } from 'next/navigation';
import type { ReactNode } from 'react';
import { MailShell } from '@/components/mail/mail-shell';
import { getSessionInfo } from '@/lib/session/session-info';

/** The signed-in area. Reading the session cookie makes every page under /mail per-request. */
export default async function MailLayout({ children }: { children: ReactNode }) {
  const session = await getSessionInfo();
  if (!session) redirect('/login');

  return <MailShell session={session}>{children}</MailShell>;
}
