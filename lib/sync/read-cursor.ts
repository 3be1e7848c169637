import 'server-only';
import type { ImapFlow, MailboxObject } from 'imapflow';
import type { MailboxCursor } from './mailbox-cursor';

/**
 * Where the selected mailbox stands, as one consistent point: `STATUS (HIGHESTMODSEQ UIDNEXT)`
 * (RFC 7162 §3.1.2.2) rather than imapflow's running estimate, which follows the MODSEQs of the
 * FETCHes it has seen and misses what moved the mailbox without one (an expunge). A cursor
 * whose UIDNEXT ran ahead of its mod-sequence would take a message that arrived in between
 * for an old one and lose it; one taken from STATUS before reading never does. Without
 * CONDSTORE there is nothing to resume from, and no STATUS is sent (the minimal server's
 * rawlog shows none).
 */
export async function readCursor(client: ImapFlow, path: string, mailbox: MailboxObject): Promise<MailboxCursor> {
  const base = {
    path,
    uidValidity: Number(mailbox.uidValidity),
    highestModseq: String(mailbox.highestModseq ?? 0n),
    uidNext: Number(mailbox.uidNext),
    exists: mailbox.exists,
  };
  if (!client.enabled.has('CONDSTORE') || mailbox.noModseq) return base;
  const status = await client.status(path, { highestModseq: true, uidNext: true });
  if (!status) return base;
  return {
    ...base,
    highestModseq: String(status.highestModseq ?? base.highestModseq),
    uidNext: Number(status.uidNext ?? base.uidNext),
  };
}
