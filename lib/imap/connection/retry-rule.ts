import 'server-only';

/**
 * How a unit of work may be repeated after its connection dropped. `once`: a read, repeated
 * on a fresh connection once. `never`: the work writes (STORE, MOVE, COPY, APPEND, EXPUNGE,
 * CREATE, RENAME, DELETE, SETACL) and may be repeated only while none of its writes can have
 * reached the server.
 */
export type RetryPolicy = 'once' | 'never';

/** What the pool does with work whose connection dropped: run it again, or fail with this code. */
export type AfterLoss = 'retry' | 'IMAP_BUSY' | 'WRITE_UNCONFIRMED';

const MAX_ATTEMPTS = 2;

/**
 * A write handed to imapflow may have been applied before the connection dropped, and IMAP
 * gives no way to ask: a MOVE repeated after it succeeded answers NOT_FOUND for a message
 * that is safe in its new folder, an APPEND repeated stores the message twice, an EXPUNGE
 * repeated removes what another client flagged meanwhile. So once a write was sent the work
 * is never repeated: the user is told it may not have been saved. Before that, nothing of it
 * reached the server and a repeat is as safe as a read's.
 */
export function afterConnectionLoss(policy: RetryPolicy, writeSent: boolean, attempt: number): AfterLoss {
  if (policy === 'never' && writeSent) return 'WRITE_UNCONFIRMED';
  return attempt >= MAX_ATTEMPTS ? 'IMAP_BUSY' : 'retry';
}
