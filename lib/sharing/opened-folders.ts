import 'server-only';
import type { ImapFlow, ListResponse } from 'imapflow';
import type { Features } from '@/lib/imap/connection/capabilities';
import type { Account } from '@/lib/session/account';
import { openedPaths } from './opened-paths';

/**
 * The folders opened by name (`paths`), and those of them LIST did not name as LIST entries
 * with their counts (one STATUS each), with the levels above them as \Noselect entries so the
 * tree groups them under their owner as it does listed ones. Dovecot lists a folder to a
 * session that has opened it (measured), so a listed one is still one opened by name. One whose
 * STATUS is refused (the share was taken back, the folder deleted) is left out, and comes back
 * if it is shared again.
 */
export async function openedEntries(
  client: ImapFlow,
  features: Features,
  account: Account,
  listed: readonly ListResponse[],
): Promise<{ paths: ReadonlySet<string>; entries: ListResponse[] }> {
  const known = new Set(listed.map((entry) => entry.path));
  const entries: ListResponse[] = [];
  const paths = await openedPaths(client, features, account);
  for (const path of paths) {
    if (known.has(path)) continue;
    const status = await client.status(path, { messages: true, unseen: true }).catch(() => null);
    if (!status) continue;
    for (const entry of [...ancestors(client, path), listEntry(client, path, status)]) {
      if (known.has(entry.path)) continue;
      known.add(entry.path);
      entries.push(entry);
    }
  }
  return { paths: new Set(paths), entries };
}

/** `shared/alice/Team/2024` → `shared/alice` and `shared/alice/Team`, as \Noselect levels. */
function ancestors(client: ImapFlow, path: string): ListResponse[] {
  const { prefix, delimiter } = otherNamespaceOf(client, path);
  const levels = path.slice(prefix.length).split(delimiter).slice(0, -1);
  return levels.map((_, at) => ({
    ...listEntry(client, prefix + levels.slice(0, at + 1).join(delimiter)),
    flags: new Set(['\\Noselect', '\\HasChildren']),
  }));
}

function listEntry(client: ImapFlow, path: string, status?: ListResponse['status']): ListResponse {
  const { delimiter } = otherNamespaceOf(client, path);
  const parent = path.split(delimiter).slice(0, -1);
  return {
    path,
    pathAsListed: path,
    name: path.split(delimiter).at(-1) ?? path,
    delimiter,
    parent,
    parentPath: parent.join(delimiter),
    flags: new Set(),
    listed: false,
    subscribed: false,
    ...(status ? { status } : {}),
  };
}

function otherNamespaceOf(client: ImapFlow, path: string): { prefix: string; delimiter: string } {
  const namespace = (client.namespaces?.other || []).find(({ prefix }) => prefix && path.startsWith(prefix));
  return { prefix: namespace?.prefix ?? '', delimiter: namespace?.delimiter || '/' };
}
