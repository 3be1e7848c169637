import type { ImapFlow } from 'imapflow';
import { closeDirect, connectDirect } from '../../harness/direct-imap';
import { IMAP, PASSWORD } from '../config';

/**
 * The floor: the harness's direct imapflow connection, configured like the app's pooled ones
 * (cleartext on loopback, no auto-IDLE, no logger), in the bench process.
 */
export function connectFloor(user: string, port = IMAP.port): Promise<ImapFlow> {
  return connectDirect({ user, password: PASSWORD, port });
}

export const closeFloor = (client: ImapFlow): Promise<void> => closeDirect(client);
