import type { BenchContext } from '../context';
import type { OpResult } from '../measure';
import { coldOp } from './cold';

/**
 * The folder list as a new session's first request. Dovecot answers LIST-STATUS much more
 * slowly while the connection has no INBOX selected (measured: ~60-75 ms before the first
 * LIST line on the 100k Maildir, against ~1.5 ms with INBOX selected), so this is its own row.
 */
export function folderListCold(ctx: BenchContext): Promise<OpResult> {
  return coldOp(
    ctx,
    { key: 'folder-list-cold', name: 'Folder list, first request of a session' },
    (client) => client.json('GET', '/api/mailboxes'),
    (floor) => floor.list({ statusQuery: { messages: true, unseen: true } }),
  );
}
