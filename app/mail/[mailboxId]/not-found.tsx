import { MailboxNotFound } from '@/components/mail/mailbox-not-found';
import { MailPanes } from '@/components/mail/mail-panes';

export default function MailboxNotFoundPage() {
  return <MailPanes list={<MailboxNotFound />} />;
}
