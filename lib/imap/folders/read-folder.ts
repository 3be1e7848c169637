import 'server-only';
import type { ImapFlow, ListResponse } from 'imapflow';
import { AppError } from '@/lib/errors/app-error';
import { isWithin } from '@/lib/schemas/mailbox-name';

export interface FolderInTree {
  entry: ListResponse;
  /** Every folder the server listed, for the parents a new path may need. */
  entries: ListResponse[];
  /** Every folder below it, deepest first: the order a DELETE of the whole branch must take. */
  descendants: ListResponse[];
  /** The server's hierarchy delimiter for this folder (RFC 3501 §6.3.8), or null in a flat namespace. */
  delimiter: string | null;
}

export const FOLDER_GONE = 'This folder no longer exists; another client may have renamed or deleted it. Reload the folder list.';

/**
 * One LIST (plus LSUB or RETURN (SUBSCRIBED), which imapflow adds) to find a folder and its
 * branch as the server has them now, not as the browser last saw them: another client may
 * have renamed or deleted it meanwhile, which is a 404 here rather than a NO further on.
 */
export async function readFolder(client: ImapFlow, path: string): Promise<FolderInTree> {
  const entries = await client.list();
  // An LSUB-only entry (subscribed, but no longer listed) is a folder that is gone.
  const entry = entries.find((candidate) => candidate.listed && candidate.path === path);
  if (!entry) throw new AppError('NOT_FOUND', FOLDER_GONE);
  const delimiter = entry.delimiter || null;
  const descendants = entries
    .filter((candidate) => candidate.listed && candidate.path !== path && isWithin(candidate.path, path, delimiter))
    .sort((a, b) => depth(b, delimiter) - depth(a, delimiter));
  return { entry, entries, descendants, delimiter };
}

/** The delimiter of the personal namespace (RFC 2342), where new top-level folders go. */
export function personalDelimiter(client: ImapFlow): string | null {
  return client.namespace?.delimiter || null;
}

/**
 * A level that is only a name, holding no messages and nothing to DELETE: RFC 5258 `\NonExistent`,
 * or `\Noselect`, which is how a server without LIST-EXTENDED shows the same (measured on the
 * minimal Dovecot: a parent made implicitly by CREATE "A/B").
 */
export function isPlaceholder(entry: ListResponse): boolean {
  return entry.flags.has('\\NonExistent') || entry.flags.has('\\Noselect');
}

function depth(entry: ListResponse, delimiter: string | null): number {
  return delimiter ? entry.path.split(delimiter).length : 1;
}
