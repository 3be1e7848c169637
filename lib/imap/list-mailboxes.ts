import 'server-only';
import type { ImapFlow, ListResponse } from 'imapflow';
import { mailboxId } from '@/lib/ids';
import { type Mailbox, type MailboxesResponse, SPECIAL_USE_ORDER, type SpecialUse } from '@/lib/schemas/mailboxes';
import type { Account } from '@/lib/session/account';
import { folderRights } from '@/lib/sharing/folder-rights';
import { openedEntries } from '@/lib/sharing/opened-folders';
import { canRemember } from '@/lib/sharing/opened-paths';
import { myRightsFrom } from '@/lib/sharing/rights';
import { isSelectable } from '@/lib/ui/folder-tree';
import { withImap } from './connection/pool';
import { namespaceOf, ownerOf } from './folders/namespace-of';

const KNOWN_SPECIAL = new Set<string>(SPECIAL_USE_ORDER);
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * Every mailbox with its counts. imapflow sends LIST ... RETURN (STATUS ...) where the
 * server has LIST-STATUS (RFC 5819) and one STATUS per mailbox otherwise, and LSUB where
 * LIST-EXTENDED (RFC 5258) is missing, so the minimal server gets only base IMAP4rev1.
 */
export async function listMailboxes(account: Account): Promise<Mailbox[]> {
  return (await readMailboxes(account)).mailboxes;
}

/** The folder list as GET /api/mailboxes answers it: every folder, and whether the server can share them. */
export function readMailboxes(account: Account): Promise<MailboxesResponse> {
  return withImap(account, async ({ client, features }) => {
    // Dovecot answers STATUS (and LIST-STATUS) for the selected mailbox from the selection as it
    // was last synced, not from the mailbox (measured: another client's APPEND not counted 1.5 s
    // later); RFC 3501 §6.3.10 leaves that open. A NOOP first syncs it (RFC 3501 §6.1.2).
    if (client.mailbox) await client.noop();
    const listed = await client.list({ statusQuery: { messages: true, unseen: true } });
    // Others' folders the user opened by name, which a server without the shared dict never lists.
    const opened = await openedEntries(client, features, account, listed);
    const mailboxes = [...listed, ...opened.entries].map((entry) => {
      const mailbox = toMailbox(entry, client.namespaces);
      return opened.paths.has(mailbox.path) ? { ...mailbox, openedByName: true as const } : mailbox;
    });
    // Only others' folders are asked: the owner of a personal folder holds every right.
    const shared = mailboxes.filter((mailbox) => mailbox.namespace !== 'personal' && isSelectable(mailbox));
    const rights = await folderRights(
      client,
      features,
      account,
      shared.map((mailbox) => mailbox.path),
    );
    const withRights = mailboxes.map((mailbox) => ({ ...mailbox, myRights: rights.get(mailbox.path) ?? mailbox.myRights }));
    const openByName = canRemember(features) && (client.namespaces?.other || []).length > 0;
    return { mailboxes: sortMailboxes(withRights), sharing: features.acl, openByName };
  });
}

function toMailbox(entry: ListResponse, namespaces: ImapFlow['namespaces']): Mailbox {
  const noselect = entry.flags.has('\\Noselect') || entry.flags.has('\\NonExistent');
  const namespace = namespaceOf(entry.path, namespaces);
  const specialUse = entry.specialUse && KNOWN_SPECIAL.has(entry.specialUse) ? (entry.specialUse as SpecialUse) : null;
  return {
    id: mailboxId(entry.path),
    path: entry.path,
    name: entry.name,
    delimiter: entry.delimiter || null,
    parent: entry.parentPath || null,
    specialUse,
    flags: [...entry.flags],
    subscribed: entry.subscribed,
    total: noselect ? null : (entry.status?.messages ?? null),
    unseen: noselect ? null : (entry.status?.unseen ?? null),
    namespace,
    owner: namespace === 'other' ? ownerOf(entry.path, namespaces) : null,
    myRights: myRightsFrom(null),
  };
}

/** Special-use first in a fixed order, then the rest by path so children follow parents. */
export function sortMailboxes(mailboxes: Mailbox[]): Mailbox[] {
  const rank = (mailbox: Mailbox) =>
    mailbox.specialUse ? SPECIAL_USE_ORDER.indexOf(mailbox.specialUse) : SPECIAL_USE_ORDER.length;
  const namespaceRank = { personal: 0, other: 1, shared: 2 } as const;
  return [...mailboxes].sort(
    (a, b) =>
      namespaceRank[a.namespace] - namespaceRank[b.namespace] ||
      rank(a) - rank(b) ||
      comparePaths(a.path.split(a.delimiter ?? '\u0000'), b.path.split(b.delimiter ?? '\u0000')),
  );
}

function comparePaths(a: string[], b: string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const order = collator.compare(a[i] ?? '', b[i] ?? '');
    if (order !== 0) return order;
  }
  return a.length - b.length;
}
