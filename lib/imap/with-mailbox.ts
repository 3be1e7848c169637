import 'server-only';
import type { ImapFlow, MailboxObject } from 'imapflow';

/**
 * Selects `path` under imapflow's mailbox lock for the duration of `work`. Leases are
 * exclusive already; the lock additionally keeps parallel work inside one lease (e.g. a
 * fetch and a flag update) from switching the selected mailbox under each other.
 */
export async function withMailbox<T>(
  client: ImapFlow,
  path: string,
  work: (mailbox: MailboxObject) => Promise<T>,
  options: { readOnly?: boolean } = {},
): Promise<T> {
  const lock = await client.getMailboxLock(path, { readOnly: options.readOnly ?? false });
  try {
    return await work(client.mailbox as MailboxObject);
  } finally {
    lock.release();
  }
}
