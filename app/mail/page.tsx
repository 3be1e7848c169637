import { redirect } from 'next/navigation';
import { mailboxId } from '@/lib/ids';

// Every IMAP account has an INBOX (RFC 3501 §5.1), so it is the one folder we can open without asking the server.
export default function MailHome() {
  redirect(`/mail/${mailboxId('INBOX')}`);
}
