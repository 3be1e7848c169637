import { notFound } from 'next/navigation';
import { mailboxPathFromId } from '@/lib/ids';

interface MailboxPageProps {
  params: Promise<{ mailboxId: string }>;
}

/** The folder's list, drawn by the layout; this page only answers a malformed id with a 404. */
export default async function MailboxPage({ params }: MailboxPageProps) {
  const { mailboxId } = await params;
  if (mailboxPathFromId(mailboxId) === null) notFound();
  return null;
}
