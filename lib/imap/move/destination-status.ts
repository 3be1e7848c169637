import 'server-only';
import type { ImapFlow } from 'imapflow';
import { expectFound } from '../connection/errors';

export interface DestinationStatus {
  uidValidity: number;
  /** The first UID the transferred messages can have: the search floor for the Message-ID map. */
  uidNext: number;
}

/**
 * STATUS of the destination before anything is sent (RFC 3501 §6.3.10, on a mailbox that is
 * not the selected one, as the RFC asks): a destination that does not exist is NOT_FOUND
 * before a message moves, and UIDVALIDITY/UIDNEXT serve when the server sends no COPYUID.
 */
export async function destinationStatus(client: ImapFlow, path: string): Promise<DestinationStatus> {
  // imapflow answers false (not an exception) when the server says NO to STATUS.
  const status = expectFound(
    await client.status(path, { uidValidity: true, uidNext: true }),
    'The destination folder does not exist.',
  );
  return { uidValidity: Number(status.uidValidity), uidNext: status.uidNext ?? 1 };
}
