import { ImapFlow } from 'imapflow';
import { IMAP, PASSWORD } from '../config';

/**
 * A direct imapflow connection configured like the app's pooled ones (lib/imap/open-connection.ts):
 * cleartext on loopback, no auto-IDLE, no logger. The floor is this client in the bench process.
 */
export async function connectFloor(user: string, port = IMAP.port): Promise<ImapFlow> {
  const client = new ImapFlow({
    host: IMAP.host,
    port,
    secure: false,
    doSTARTTLS: false,
    auth: { user, pass: PASSWORD },
    logger: false,
    disableAutoIdle: true,
  });
  // An 'error' event without a listener would end the bench process.
  client.on('error', () => {});
  await client.connect();
  return client;
}

export async function closeFloor(client: ImapFlow): Promise<void> {
  await client.logout().catch(() => client.close());
}
