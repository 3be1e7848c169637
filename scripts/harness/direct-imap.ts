import { ImapFlow } from 'imapflow';
import { LOOPBACK, PORTS } from './ports';

export interface DirectLogin {
  user: string;
  password: string;
  /** The full Dovecot unless told otherwise (the IMAP4rev1-only one is PORTS.imapMinimal). */
  port?: number;
}

/**
 * A plain imapflow connection to the local Dovecot, outside the app: "another client" for
 * tests that change a mailbox behind the app's back, the seeders, and the bench's floor. It
 * is configured like the app's pooled connections: cleartext on loopback (never any other
 * host), no auto-IDLE (a test's or the bench's commands are the only traffic), no logger.
 */
export async function connectDirect({ user, password, port = PORTS.imap }: DirectLogin): Promise<ImapFlow> {
  const client = new ImapFlow({
    host: LOOPBACK,
    port,
    secure: false,
    doSTARTTLS: false,
    auth: { user, pass: password },
    logger: false,
    disableAutoIdle: true,
  });
  // An 'error' event without a listener would end the process; the pending command still rejects.
  client.on('error', () => {});
  await client.connect();
  return client;
}

/** LOGOUT, or a plain close when the connection is already gone. */
export async function closeDirect(client: ImapFlow): Promise<void> {
  await client.logout().catch(() => client.close());
}

/** Runs `work` on a direct connection and logs out afterwards, whatever happens. */
export async function withDirectImap<T>(login: DirectLogin, work: (client: ImapFlow) => Promise<T>): Promise<T> {
  const client = await connectDirect(login);
  try {
    return await work(client);
  } finally {
    await closeDirect(client);
  }
}
