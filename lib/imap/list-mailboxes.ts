import 'server-only';
import type { ImapFlow, ListResponse, NamespacesObject } from 'imapflow';
import { mailboxId } from '@/lib/ids';
import { type Mailbox, type NamespaceKind, SPECIAL_USE_ORDER, type SpecialUse } from '@/lib/schemas/mailboxes';
import type { Account } from '@/lib/session/account';
import { withImap } from './connection/pool';

const KNOWN_SPECIAL = new Set<string>(SPECIAL_USE_ORDER);
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * Every mailbox with its counts. imapflow sends LIST ... RETURN (STATUS ...) where the
 * server has LIST-STATUS (RFC 5819) and one STATUS per mailbox otherwise, and LSUB where
 * LIST-EXTENDED (RFC 5258) is missing, so the minimal server gets only base IMAP4rev1.
 */
export function listMailboxes(account: Account): Promise<Mailbox[]> {
  return withImap(account, async ({ client }) => {
    // Dovecot answers STATUS (and LIST-STATUS) for the selected mailbox from the selection as it
    // was last synced, not from the mailbox (measured: another client's APPEND not counted 1.5 s
    // later); RFC 3501 §6.3.10 leaves that open. A NOOP first syncs it (RFC 3501 §6.1.2).
    if (client.mailbox) await client.noop();
    const entries = await client.list({ statusQuery: { messages: true, unseen: true } });
    return sortMailboxes(entries.map((entry) => toMailbox(entry, client.namespaces)));
  });
}

function toMailbox(entry: ListResponse, namespaces: ImapFlow['namespaces']): Mailbox {
  const noselect = entry.flags.has('\\Noselect') || entry.flags.has('\\NonExistent');
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
    namespace: namespaceOf(entry.path, namespaces),
  };
}

/** RFC 2342: the namespace whose prefix is the longest match for the path; INBOX is personal. */
export function namespaceOf(path: string, namespaces: NamespacesObject | undefined): NamespaceKind {
  if (!namespaces || path.toUpperCase() === 'INBOX') return 'personal';
  let best: { kind: NamespaceKind; length: number } = { kind: 'personal', length: -1 };
  const groups: Array<[NamespaceKind, NamespacesObject['other']]> = [
    ['personal', namespaces.personal],
    ['other', namespaces.other],
    ['shared', namespaces.shared],
  ];
  for (const [kind, list] of groups) {
    for (const { prefix } of list || []) {
      const matches = prefix === '' || path.startsWith(prefix) || `${path}${prefix.slice(-1)}` === prefix;
      if (matches && prefix.length > best.length) best = { kind, length: prefix.length };
    }
  }
  return best.kind;
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
