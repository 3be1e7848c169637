import { ImapFlow } from 'imapflow';
import { IMAP } from './servers';
import type { TestUser } from './users';

/**
 * "Another client" on the same mailbox: a plain imapflow connection to the local Dovecot,
 * outside the app, for changes the app must notice (appends, expunges, flags).
 */
export async function connectDirect({ user, password }: TestUser): Promise<ImapFlow> {
  const client = new ImapFlow({ ...IMAP, secure: false, doSTARTTLS: false, auth: { user, pass: password }, logger: false });
  await client.connect();
  return client;
}

/** Runs `work` on a direct connection and logs out afterwards, whatever happens. */
export async function withDirectImap<T>(owner: TestUser, work: (client: ImapFlow) => Promise<T>): Promise<T> {
  const client = await connectDirect(owner);
  try {
    return await work(client);
  } finally {
    await client.logout();
  }
}
