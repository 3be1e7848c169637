import 'server-only';
import iconv from 'iconv-lite';
import type { ImapFlow } from 'imapflow';

/**
 * A mailbox name as a command sends it (RFC 3501 §5.1.3): beyond ASCII (or with `&`) it travels
 * in modified UTF-7 unless UTF8=ACCEPT (RFC 6855) or IMAP4rev2 is enabled, as imapflow's own
 * commands send it. For the commands imapflow has no helper for (APPEND streamed, ACL).
 */
export function mailboxName(client: ImapFlow, path: string): string {
  if (client.enabled.has('UTF8=ACCEPT') || client.enabled.has('IMAP4rev2') || !/[&\u0080-\uffff]/.test(path)) return path;
  return iconv.encode(path, 'utf-7-imap').toString('latin1');
}
