import 'server-only';
import { AppError } from '@/lib/errors/app-error';
import { toAppError } from '../connection/errors';
import type { ImapLease } from '../connection/pool';
import { FOLDER_GONE } from './read-folder';

/**
 * One CREATE, RENAME, DELETE or (UN)SUBSCRIBE through the lease (never repeated once sent).
 * A folder another client removed between our LIST and this command answers NO [NONEXISTENT]
 * (RFC 5530); errors.ts makes that NOT_FOUND, and here it gets the sentence that says which.
 */
export async function folderWrite<T>(lease: ImapLease, command: () => Promise<T>): Promise<T> {
  try {
    return await lease.write(command);
  } catch (error) {
    // Anything else goes on untouched: the pool must still see a lost connection as one.
    if (toAppError(error).code === 'NOT_FOUND') throw new AppError('NOT_FOUND', FOLDER_GONE, { cause: error });
    throw error;
  }
}

/** SUBSCRIBE and UNSUBSCRIBE answer false, not an exception, when the server says NO. */
export async function setSubscribed(lease: ImapLease, path: string, subscribed: boolean): Promise<void> {
  const { client } = lease;
  const done = await folderWrite(lease, () => (subscribed ? client.mailboxSubscribe(path) : client.mailboxUnsubscribe(path)));
  if (!done)
    throw new AppError('INTERNAL', `The mail server refused to ${subscribed ? 'subscribe to' : 'unsubscribe from'} this folder.`);
}

/**
 * RFC 3501 §6.3.3 lets a server create the superior levels of a new name itself; Dovecot does
 * so only as `\NonExistent` names, which other clients hide or cannot subscribe to. Each
 * missing level becomes a real folder first (imapflow subscribes each one it creates).
 */
export async function createParents(lease: ImapLease, path: string, delimiter: string | null, existing: Set<string>) {
  if (!delimiter) return;
  const levels = path.split(delimiter);
  for (let end = 1; end < levels.length; end++) {
    const parent = levels.slice(0, end).join(delimiter);
    if (!existing.has(parent)) await folderWrite(lease, () => lease.client.mailboxCreate(parent));
  }
}
