import 'server-only';
import { AppError } from '@/lib/errors/app-error';
import { folderPathProblem } from '@/lib/schemas/mailbox-name';

/**
 * Refuses, with a 400 naming the character, a path the delimiter rules make ambiguous
 * (lib/schemas/mailbox-name.ts), before anything is sent: Dovecot would quietly drop a
 * trailing delimiter (measured: CREATE "a/" made "a") instead of refusing it.
 */
export function assertFolderPath(path: string, delimiter: string | null): void {
  const problem = folderPathProblem(path, delimiter);
  if (problem) throw new AppError('BAD_REQUEST', problem);
}

/** INBOX is special by name (RFC 3501 §5.1): it cannot be renamed away or deleted, whatever the case. */
export function isInbox(path: string): boolean {
  return path.toUpperCase() === 'INBOX';
}
