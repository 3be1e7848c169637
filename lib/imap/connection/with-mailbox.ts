import 'server-only';
import type { ImapFlow, MailboxObject } from 'imapflow';
import { namespaceOf } from '../folders/namespace-of';

/**
 * Selects `path` under imapflow's mailbox lock for the duration of `work`. Leases are
 * exclusive already; the lock additionally keeps parallel work inside one lease (e.g. a
 * fetch and a flag update) from switching the selected mailbox under each other.
 *
 * A pooled connection that kept `path` selected since an earlier request has not heard of
 * what other clients did meanwhile (new mail, expunges: Dovecot would even answer FETCH for
 * an expunged UID with an empty BODYSTRUCTURE, as RFC 2180 §4.1.3 allows), so it sends NOOP
 * first to collect the pending EXISTS/EXPUNGE responses. A fresh SELECT needs none.
 *
 * A folder someone else owns is selected again instead: Dovecot checks the rights (RFC 4314)
 * when a mailbox is selected and lets an open selection go on reading after its owner revoked
 * them (measured), and narrows PERMANENTFLAGS by rights as they were then (§4).
 */
export async function withMailbox<T>(
  client: ImapFlow,
  path: string,
  work: (mailbox: MailboxObject) => Promise<T>,
  options: { readOnly?: boolean } = {},
): Promise<T> {
  const alreadySelected = client.mailbox !== false && client.mailbox?.path === path;
  const lock = await client.getMailboxLock(path, { readOnly: options.readOnly ?? false });
  try {
    if (alreadySelected && namespaceOf(path, client.namespaces) !== 'personal') {
      await client.mailboxOpen(path, { readOnly: options.readOnly ?? false });
    } else if (alreadySelected) await client.noop();
    return await work(client.mailbox as MailboxObject);
  } finally {
    lock.release();
  }
}
