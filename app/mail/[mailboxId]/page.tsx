import { notFound } from 'next/navigation';
import { MailPanes } from '@/components/mail/mail-panes';
import { MessageListPane } from '@/components/mail/message-list-pane';
import { mailboxPathFromId } from '@/lib/ids';

interface MailboxPageProps {
  params: Promise<{ mailboxId: string }>;
}

export default async function MailboxPage({ params }: MailboxPageProps) {
  const { mailboxId } = await params;
  // A malformed id is answered here; a well-formed id of a folder that does not exist is answered by the list pane.
  const path = mailboxPathFromId(mailboxId);
  if (path === null) notFound();

  return <MailPanes list={<MessageListPane mailboxId={mailboxId} path={path} />} />;
}
