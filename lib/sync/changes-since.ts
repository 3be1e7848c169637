import 'server-only';
import type { ExpungeEvent, ImapFlow, MailboxObject } from 'imapflow';
import type { Features } from '@/lib/imap/connection/capabilities';
import { withImap } from '@/lib/imap/connection/pool';
import { withMailbox } from '@/lib/imap/connection/with-mailbox';
import { fetchSummaries } from '@/lib/imap/list/fetch-summaries';
import { storedFlags } from '@/lib/imap/list/stored-flags';
import type { MessageSummary } from '@/lib/schemas/message-list';
import type { Account } from '@/lib/session/account';
import type { MailboxCursor } from './mailbox-cursor';
import { readCursor } from './read-cursor';

export interface FlagChange {
  uid: number;
  flags: string[];
  modseq: string;
}

/** What changed in a mailbox since a cursor, and the cursor after it; or a resync when that cannot be said exactly. */
export type MailboxChanges =
  | { kind: 'changes'; cursor: MailboxCursor; added: MessageSummary[]; flags: FlagChange[]; vanished: number[] }
  | { kind: 'resync'; cursor: MailboxCursor; why: 'uidvalidity' | 'no-condstore' | 'expunges-unknown' };

/**
 * Everything that changed in `since.path` after `since`, from the server's own record, so a
 * browser that was away (or a stream that lost events) catches up exactly once:
 * `UID FETCH 1:* (FLAGS MODSEQ) (CHANGEDSINCE m VANISHED)` (RFC 7162 §3.1.4.1, §3.2.6) gives
 * the flag changes, the new messages (every new message has a higher mod-sequence) and, with
 * QRESYNC, the UIDs expunged meanwhile as VANISHED (EARLIER). New messages come back in the
 * list's row shape. Without CONDSTORE, or once UIDVALIDITY changed (RFC 3501 §2.3.1.1), the
 * answer is a resync: the client reloads the list.
 */
export function changesSince(account: Account, since: MailboxCursor): Promise<MailboxChanges> {
  return withImap(
    account,
    async ({ client, features }) => {
      // From before the NOOP that withMailbox sends on a connection that has the mailbox selected:
      // with QRESYNC enabled that NOOP may already report expunges, as VANISHED without EARLIER.
      const vanished = new Set<number>();
      const onExpunge = (event: ExpungeEvent) => {
        if (event.vanished && event.uid !== undefined && event.uid < since.uidNext) vanished.add(event.uid);
      };
      client.on('expunge', onExpunge);
      try {
        return await withMailbox(client, since.path, async (mailbox): Promise<MailboxChanges> => {
          const cursor = await readCursor(client, since.path, mailbox);
          if (cursor.uidValidity !== since.uidValidity) return { kind: 'resync', cursor, why: 'uidvalidity' };
          if (!client.enabled.has('CONDSTORE') || mailbox.noModseq) return { kind: 'resync', cursor, why: 'no-condstore' };
          return readChanges(account, client, features, since, cursor, vanished);
        });
      } finally {
        client.off('expunge', onExpunge);
      }
    },
    { mailbox: since.path },
  );
}

export function cursorOf(path: string, mailbox: MailboxObject): MailboxCursor {
  return {
    path,
    uidValidity: Number(mailbox.uidValidity),
    highestModseq: String(mailbox.highestModseq ?? 0n),
    uidNext: Number(mailbox.uidNext),
    exists: mailbox.exists,
  };
}

async function readChanges(
  account: Account,
  client: ImapFlow,
  features: Features,
  since: MailboxCursor,
  cursor: MailboxCursor,
  vanished: ReadonlySet<number>,
): Promise<MailboxChanges> {
  const changed: FlagChange[] = [];
  const addedUids: number[] = [];
  if (BigInt(cursor.highestModseq) > BigInt(since.highestModseq)) {
    const query = { uid: true, flags: true, modseq: true };
    for await (const message of client.fetch('1:*', query, { uid: true, changedSince: BigInt(since.highestModseq) })) {
      if (message.uid >= since.uidNext) addedUids.push(message.uid);
      else changed.push({ uid: message.uid, flags: storedFlags(message.flags), modseq: String(message.modseq) });
    }
  }
  // Without QRESYNC nothing names the expunged UIDs; a count that does not add up says some were.
  const addedBefore = addedUids.filter((uid) => uid < cursor.uidNext).length;
  if (!client.enabled.has('QRESYNC') && cursor.exists !== since.exists + addedBefore) {
    return { kind: 'resync', cursor, why: 'expunges-unknown' };
  }
  const scope = { host: account.host, port: account.port, user: account.user, path: since.path, uidValidity: cursor.uidValidity };
  // Newest first, as the list shows them.
  const added = await fetchSummaries(client, features, scope, { uids: addedUids.sort((a, b) => b - a) });
  const gone = [...vanished].sort((a, b) => a - b);
  return { kind: 'changes', cursor, added, flags: changed.filter((change) => !vanished.has(change.uid)), vanished: gone };
}
