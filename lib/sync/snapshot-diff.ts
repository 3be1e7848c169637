import 'server-only';
import type { ImapFlow, MailboxObject } from 'imapflow';
import { withImap } from '@/lib/imap/connection/pool';
import { withMailbox } from '@/lib/imap/connection/with-mailbox';
import { fetchSummaries } from '@/lib/imap/list/fetch-summaries';
import { storedFlags } from '@/lib/imap/list/stored-flags';
import type { MessageSummary } from '@/lib/schemas/message-list';
import type { Account } from '@/lib/session/account';
import { cursorOf, type FlagChange } from './changes-since';
import type { MailboxCursor } from './mailbox-cursor';

/** Every UID of a mailbox with its flags, at one moment: what a server without CONDSTORE can be compared against. */
export interface MailboxSnapshot {
  cursor: MailboxCursor;
  flags: Map<number, string[]>;
}

export type SnapshotChanges =
  | { kind: 'changes'; snapshot: MailboxSnapshot; added: MessageSummary[]; flags: FlagChange[]; vanished: number[] }
  | { kind: 'resync'; snapshot: MailboxSnapshot };

/** Mod-sequences are positive (RFC 7162 §3.1.1): 0 marks a change this server gave none for. */
const NO_MODSEQ = '0';

/**
 * The fallback for servers without CONDSTORE (RFC 7162): `UID FETCH 1:* (UID FLAGS)` and a
 * comparison with the previous snapshot, the plain-UID resynchronisation of RFC 4549 §4.3.
 * It costs a line per message, so it runs only when the watcher heard something, never on a
 * timer; servers with CONDSTORE are asked for what changed instead (changes-since.ts).
 */
export function readSnapshot(account: Account, path: string): Promise<MailboxSnapshot> {
  return withImap(account, ({ client }) => withMailbox(client, path, (mailbox) => snapshotOf(client, path, mailbox)), {
    mailbox: path,
  });
}

export function diffSnapshot(account: Account, previous: MailboxSnapshot): Promise<SnapshotChanges> {
  const { path } = previous.cursor;
  return withImap(
    account,
    ({ client, features }) =>
      withMailbox(client, path, async (mailbox) => {
        const snapshot = await snapshotOf(client, path, mailbox);
        if (snapshot.cursor.uidValidity !== previous.cursor.uidValidity) return { kind: 'resync', snapshot };
        const addedUids: number[] = [];
        const flags: FlagChange[] = [];
        for (const [uid, now] of snapshot.flags) {
          const before = previous.flags.get(uid);
          if (!before) {
            if (uid >= previous.cursor.uidNext) addedUids.push(uid);
          } else if (!sameFlags(before, now)) flags.push({ uid, flags: now, modseq: NO_MODSEQ });
        }
        const vanished = [...previous.flags.keys()].filter((uid) => !snapshot.flags.has(uid)).sort((a, b) => a - b);
        const scope = {
          host: account.host,
          port: account.port,
          user: account.user,
          path,
          uidValidity: snapshot.cursor.uidValidity,
        };
        const added = await fetchSummaries(client, features, scope, { uids: addedUids.sort((a, b) => b - a) });
        return { kind: 'changes', snapshot, added, flags, vanished };
      }),
    { mailbox: path },
  );
}

async function snapshotOf(client: ImapFlow, path: string, mailbox: MailboxObject): Promise<MailboxSnapshot> {
  const flags = new Map<number, string[]>();
  if (mailbox.exists > 0) {
    for await (const message of client.fetch('1:*', { uid: true, flags: true }))
      flags.set(message.uid, storedFlags(message.flags));
  }
  return { cursor: cursorOf(path, mailbox), flags };
}

function sameFlags(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((flag) => b.includes(flag));
}
