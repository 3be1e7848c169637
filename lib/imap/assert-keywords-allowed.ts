import 'server-only';
import type { MailboxObject } from 'imapflow';
import { AppError } from '@/lib/errors/app-error';

/**
 * RFC 3501 §7.1 PERMANENTFLAGS: a mailbox whose list lacks `\*` keeps only the flags it names,
 * and the server would drop any other keyword at the end of the session (imapflow drops it
 * even sooner, silently, and reports success). So new keywords are offered only where `\*`
 * is listed, and a refused one is named before anything is sent.
 */
export function assertKeywordsAllowed(mailbox: MailboxObject, add: readonly string[]): void {
  const permanent = mailbox.permanentFlags;
  if (!permanent || permanent.has('\\*')) return;
  const refused = add.filter((flag) => !permanent.has(flag));
  if (refused.length === 0) return;
  throw new AppError(
    'UNSUPPORTED',
    `This folder cannot keep ${refused.join(', ')}: the mail server accepts no new keywords here, only ${[...permanent].join(' ') || 'no flags'}.`,
  );
}
