import 'server-only';
import { AppError } from '@/lib/errors/app-error';
import { mailboxPathFromId } from '@/lib/ids';

/** The IMAP path behind a mailbox id from a URL; a malformed id is a mailbox that does not exist. */
export function mailboxPathOrNotFound(id: string): string {
  const path = mailboxPathFromId(id);
  if (!path) throw new AppError('NOT_FOUND', 'This folder does not exist.');
  return path;
}
