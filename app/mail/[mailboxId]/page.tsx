import { requireMailboxParam } from './mailbox-param';

interface MailboxPageProps {
  params: Promise<{ mailboxId: string }>;
}

/** The folder's list, drawn by the layout; this page only answers a malformed id with a 404. */
export default async function MailboxPage({ params }: MailboxPageProps) {
  await requireMailboxParam(params);
  return null;
}
