import 'server-only';
import type { NamespacesObject } from 'imapflow';
import type { NamespaceKind } from '@/lib/schemas/mailboxes';

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

/**
 * RFC 2342 §5: below an "other users" prefix the next level is the owner's name
 * (`shared/alice/Team` → alice); null for the prefix itself.
 */
export function ownerOf(path: string, namespaces: NamespacesObject | undefined): string | null {
  for (const { prefix, delimiter } of namespaces?.other || []) {
    if (!prefix || !path.startsWith(prefix)) continue;
    const rest = path.slice(prefix.length);
    const owner = delimiter ? rest.split(delimiter)[0] : rest;
    return owner || null;
  }
  return null;
}
